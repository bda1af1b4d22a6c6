package org.wraparound.audit.web;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.wraparound.audit.AuditEntry;

/**
 * Writes entries as CSV. The header names are fixed identifiers, so that scripts reading the file do not depend on
 * the reader's language. A value that a spreadsheet would run as a formula is prefixed with a single quote.
 */
final class AuditCsv {

	static final String HEADER = "at_utc,actor_id,actor_name,actor_label,action,module,record_type,record_id,ip,detail";

	private static final DateTimeFormatter UTC = DateTimeFormatter.ISO_INSTANT;

	private AuditCsv() {
	}

	static void row(PrintWriter out, AuditEntry entry, String actorName) {
		out.print(line(UTC.format(entry.at()), entry.actor().id(), actorName, entry.actor().label(),
				entry.action().name(), entry.record().module(), entry.record().type(), entry.record().id(), entry.ip(),
				entry.detail()));
		out.print("\r\n");
	}

	static String line(String... values) {
		return Arrays.stream(values).map(AuditCsv::field).collect(Collectors.joining(","));
	}

	/** One field, always quoted, with quotes doubled and formulas defused. */
	static String field(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return '"' + safe.replace("\"", "\"\"") + '"';
	}
}
