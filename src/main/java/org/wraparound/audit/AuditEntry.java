package org.wraparound.audit;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit log, as read back. Entries are never changed once written. */
public record AuditEntry(UUID id, Instant at, Actor actor, AuditAction action, RecordRef record, String ip,
		String detail) {

	/** Where this entry sits in the log, for paging. */
	public AuditPage.Position position() {
		return new AuditPage.Position(at, id);
	}
}
