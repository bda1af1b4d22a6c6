package org.wraparound.audit.web;

import java.time.Instant;
import java.util.List;

/**
 * What the audit page shows under its filters.
 *
 * @param rows the entries of this page, newest first
 * @param newerHref the link to newer entries, or {@code null} on the newest page
 * @param olderHref the link to older entries, or {@code null} on the oldest page
 * @param csvHref the link to the same entries as CSV, or {@code null} when the filters were refused
 * @param from the first instant shown, when the filter has a start date
 * @param until the first instant no longer shown, when the filter has an end date
 */
public record AuditResult(List<AuditRow> rows, String newerHref, String olderHref, String csvHref, Instant from,
		Instant until) {

	static AuditResult refused() {
		return new AuditResult(List.of(), null, null, null, null, null);
	}

	public boolean refusedFilters() {
		return csvHref == null;
	}
}
