package org.wraparound.audit;

import java.time.Instant;

/**
 * Which entries to read. Every part is optional ({@code null} or blank means any).
 *
 * @param actorId the account id (or {@value Actor#ANONYMOUS}) of who did it
 * @param module the module that owns the record
 * @param recordType the kind of record within the module
 * @param recordId the record's id
 * @param from the first instant included
 * @param until the first instant no longer included
 */
public record AuditFilter(String actorId, String module, String recordType, String recordId, Instant from,
		Instant until) {

	public AuditFilter {
		actorId = blankToNull(actorId);
		module = blankToNull(module);
		recordType = blankToNull(recordType);
		recordId = blankToNull(recordId);
	}

	/** Every entry. */
	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
