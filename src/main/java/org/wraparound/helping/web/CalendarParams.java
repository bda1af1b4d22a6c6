package org.wraparound.helping.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.wraparound.helping.CalendarFilter;
import org.wraparound.helping.HelpKind;

/**
 * The calendar's query parameters as typed in an address: a kind of help, "needs help only", a month or a day.
 * Anything unreadable falls back (every kind, this month, this week) and leaves a message key in {@code problems}.
 */
final class CalendarParams {

	private static final int FIRST_YEAR = 2000;
	private static final int LAST_YEAR = 2200;

	private final List<String> problems = new ArrayList<>();

	List<String> problems() {
		return List.copyOf(problems);
	}

	CalendarFilter filter(String kind, String needs) {
		return new CalendarFilter(kind(kind), "true".equals(needs));
	}

	Optional<YearMonth> month(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			YearMonth month = YearMonth.parse(text.strip());
			if (month.getYear() >= FIRST_YEAR && month.getYear() <= LAST_YEAR) {
				return Optional.of(month);
			}
		}
		catch (DateTimeParseException notAMonth) {
			// falls through to the message below
		}
		problems.add("helping.calendar.problem.month");
		return Optional.empty();
	}

	Optional<LocalDate> day(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			LocalDate day = LocalDate.parse(text.strip());
			if (day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR) {
				return Optional.of(day);
			}
		}
		catch (DateTimeParseException notADay) {
			// falls through to the message below
		}
		problems.add("helping.calendar.problem.week");
		return Optional.empty();
	}

	private Optional<HelpKind> kind(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String name = text.strip().toUpperCase(Locale.ROOT);
		Optional<HelpKind> kind = Arrays.stream(HelpKind.values()).filter(k -> k.name().equals(name)).findFirst();
		if (kind.isEmpty()) {
			problems.add("helping.calendar.problem.kind");
		}
		return kind;
	}
}
