package org.wraparound.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;
import org.wraparound.audit.AuditFilter;

/**
 * The audit page's filters: who, which record, and which days. Every field is optional. Dates are whole days in
 * Toronto time, {@code to} included. The paging positions ({@code before}, {@code after}) come from our own links;
 * one that is not a position is ignored.
 */
public record AuditFilterForm(
		@Size(max = 64, message = "{audit.filter.actor.size}")
		@Pattern(regexp = "[A-Za-z0-9-]*", message = "{audit.filter.actor.invalid}") String actor,
		@Size(max = 40, message = "{audit.filter.module.size}")
		@Pattern(regexp = "[A-Za-z0-9._-]*", message = "{audit.filter.name.invalid}") String module,
		@Size(max = 60, message = "{audit.filter.type.size}")
		@Pattern(regexp = "[A-Za-z0-9._-]*", message = "{audit.filter.name.invalid}") String type,
		@Size(max = 64, message = "{audit.filter.id.size}")
		@Pattern(regexp = "[\\p{L}\\p{N}._:@+-]*", message = "{audit.filter.id.invalid}") String id,
		@Pattern(regexp = DATE, message = "{audit.filter.date.invalid}") String from,
		@Pattern(regexp = DATE, message = "{audit.filter.date.invalid}") String to, String before, String after) {

	/** The time zone the dates are read in. */
	public static final ZoneId ZONE = ZoneId.of("America/Toronto");

	private static final String DATE = "|(19|20)\\d{2}-\\d{2}-\\d{2}";

	/** Spaces around a value are a slip of the thumb; an empty field means no filter. */
	public AuditFilterForm {
		actor = strip(actor);
		module = strip(module);
		type = strip(type);
		id = strip(id);
		from = strip(from);
		to = strip(to);
	}

	static AuditFilterForm empty() {
		return new AuditFilterForm("", "", "", "", "", "", null, null);
	}

	/** What Bean Validation cannot say alone: that a date exists (no 31 February) and that the range is the right way. */
	void checkDates(Errors errors) {
		if (!errors.hasFieldErrors("from") && !from.isEmpty() && date(from).isEmpty()) {
			errors.rejectValue("from", "audit.filter.date.invalid");
		}
		if (!errors.hasFieldErrors("to") && !to.isEmpty() && date(to).isEmpty()) {
			errors.rejectValue("to", "audit.filter.date.invalid");
		}
		if (!errors.hasFieldErrors("from") && !errors.hasFieldErrors("to")) {
			Optional<LocalDate> start = date(from);
			Optional<LocalDate> end = date(to);
			if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
				errors.rejectValue("to", "audit.filter.range.invalid");
			}
		}
	}

	/** The first instant shown: the start of {@code from} in Toronto. */
	Optional<Instant> fromInstant() {
		return date(from).map(day -> day.atStartOfDay(ZONE).toInstant());
	}

	/** The first instant no longer shown: the start of the day after {@code to} in Toronto. */
	Optional<Instant> untilInstant() {
		return date(to).map(day -> day.plusDays(1).atStartOfDay(ZONE).toInstant());
	}

	AuditFilter toFilter() {
		return new AuditFilter(actor, module, type, id, fromInstant().orElse(null), untilInstant().orElse(null));
	}

	private static Optional<LocalDate> date(String text) {
		if (text == null || text.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text));
		}
		catch (DateTimeParseException notADate) {
			return Optional.empty();
		}
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}
}
