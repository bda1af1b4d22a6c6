package org.wraparound.helping;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The days a repeating request falls on: a rule, worked out the same way on every node and every run. */
final class Recurrence {

	private Recurrence() {
	}

	/**
	 * The days of the series starting on {@code first} that fall between {@code from} and {@code to}, both
	 * included, in order. Counting "N times" always starts from {@code first}, so the answer does not depend on
	 * which window is asked for.
	 */
	static List<LocalDate> days(LocalDate first, Repeat repeat, LocalDate from, LocalDate to) {
		List<LocalDate> days = new ArrayList<>();
		LocalDate last = repeat.until() != null && repeat.until().isBefore(to) ? repeat.until() : to;
		int counted = 0;
		for (LocalDate day = firstDay(first, repeat); !day.isAfter(last); day = next(day, repeat)) {
			counted++;
			if (repeat.times() != null && counted > repeat.times()) {
				break;
			}
			if (!day.isBefore(from)) {
				days.add(day);
			}
		}
		return days;
	}

	private static LocalDate firstDay(LocalDate first, Repeat repeat) {
		LocalDate day = first;
		while (repeat.frequency() == Repeat.Frequency.WEEKDAYS && weekend(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	private static LocalDate next(LocalDate day, Repeat repeat) {
		return switch (repeat.frequency()) {
			case WEEKDAYS -> {
				LocalDate next = day.plusDays(1);
				while (weekend(next)) {
					next = next.plusDays(1);
				}
				yield next;
			}
			case WEEKLY -> day.plusWeeks(1);
			case FORTNIGHTLY -> day.plusWeeks(2);
		};
	}

	private static boolean weekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}
}
