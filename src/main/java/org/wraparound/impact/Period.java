package org.wraparound.impact;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A range of days, both ends included, that figures are counted over; {@link #previous()} is the same number of days
 * just before it, for comparison.
 */
public record Period(LocalDate from, LocalDate to) {

	/** The longest range a dashboard counts over: five years. */
	public static final int MAX_YEARS = 5;

	/** The last three months up to today: the default range. */
	public static Period lastQuarter(LocalDate today) {
		return new Period(today.minusMonths(3).plusDays(1), today);
	}

	/** The same number of days, ending the day before this one starts. */
	public Period previous() {
		long days = days();
		return new Period(from.minusDays(days), from.minusDays(1));
	}

	/** How many days, both ends included. */
	public long days() {
		return ChronoUnit.DAYS.between(from, to) + 1;
	}

	/** The calendar months this period touches, in order. */
	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
			months.add(month);
		}
		return months;
	}

	/**
	 * Reads a range typed in a form; empty fields give the last quarter. The error is a message key: a date that is
	 * not one, an end before the start, or a range longer than {@link #MAX_YEARS} years.
	 */
	public static Result parse(String from, String to, LocalDate today) {
		if (blank(from) && blank(to)) {
			return new Result(Optional.of(lastQuarter(today)), Optional.empty());
		}
		Optional<LocalDate> start = date(from);
		Optional<LocalDate> end = date(to);
		if (start.isEmpty() || end.isEmpty()) {
			return new Result(Optional.empty(), Optional.of("impact.range.not-a-date"));
		}
		if (end.get().isBefore(start.get())) {
			return new Result(Optional.empty(), Optional.of("impact.range.backwards"));
		}
		if (start.get().plusYears(MAX_YEARS).isBefore(end.get())) {
			return new Result(Optional.empty(), Optional.of("impact.range.too-long"));
		}
		return new Result(Optional.of(new Period(start.get(), end.get())), Optional.empty());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static Optional<LocalDate> date(String text) {
		try {
			return blank(text) ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
		}
		catch (DateTimeParseException notADate) {
			return Optional.empty();
		}
	}

	/** A period read from a form, or the message key saying why it could not be. */
	public record Result(Optional<Period> period, Optional<String> error) {
	}
}
