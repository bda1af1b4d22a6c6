package org.wraparound.helping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The days a repeating request falls on, for examples and for rules over seeded random series. */
class RecurrenceTests {

	private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

	@Test
	void weeklyOnTuesdayUntilADay() {
		var repeat = new Repeat(Repeat.Frequency.WEEKLY, LocalDate.of(2026, 12, 22), null);
		assertThat(Recurrence.days(TUESDAY, repeat, TUESDAY, TUESDAY.plusYears(1))).containsExactly(TUESDAY,
				TUESDAY.plusWeeks(1), TUESDAY.plusWeeks(2), TUESDAY.plusWeeks(3));
	}

	@Test
	void everySecondFridayThreeTimes() {
		LocalDate friday = LocalDate.of(2026, 12, 4);
		var repeat = new Repeat(Repeat.Frequency.FORTNIGHTLY, null, 3);
		assertThat(Recurrence.days(friday, repeat, friday, friday.plusYears(1))).containsExactly(friday,
				friday.plusWeeks(2), friday.plusWeeks(4));
	}

	@Test
	void everyWeekdayStartingOnASaturdayBeginsOnMonday() {
		LocalDate saturday = LocalDate.of(2026, 12, 5);
		var repeat = new Repeat(Repeat.Frequency.WEEKDAYS, null, 6);
		assertThat(Recurrence.days(saturday, repeat, saturday, saturday.plusYears(1))).containsExactly(
				LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 9),
				LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 11), LocalDate.of(2026, 12, 14));
	}

	@Test
	void aWindowLaterInTheSeriesStillCountsFromTheFirstDay() {
		var repeat = new Repeat(Repeat.Frequency.WEEKLY, null, 5);
		assertThat(Recurrence.days(TUESDAY, repeat, TUESDAY.plusWeeks(3), TUESDAY.plusYears(1)))
			.containsExactly(TUESDAY.plusWeeks(3), TUESDAY.plusWeeks(4));
	}

	static Stream<Long> seeds() {
		return seedsOf(40);
	}

	private static Stream<Long> seedsOf(int count) {
		return IntStream.range(0, count).mapToObj(n -> 9_001L * n + 17);
	}

	/**
	 * For any series: days are in order and in the window, never on a weekend for weekdays, on the first day's
	 * weekday otherwise, never past the last day or over the count; and cutting the window in two pieces (as the
	 * rolling horizon does) gives the same days as asking for it whole.
	 */
	@ParameterizedTest
	@MethodSource("seeds")
	void rulesHoldForRandomSeries(long seed) {
		Random random = new Random(seed);
		LocalDate first = TUESDAY.plusDays(random.nextInt(400));
		Repeat.Frequency frequency = Repeat.Frequency.values()[random.nextInt(3)];
		LocalDate until = random.nextBoolean() ? first.plusDays(random.nextInt(300)) : null;
		Integer times = random.nextBoolean() ? 1 + random.nextInt(Repeat.MAX_TIMES) : null;
		var repeat = new Repeat(frequency, until, times);
		LocalDate from = first.minusDays(random.nextInt(30));
		LocalDate to = from.plusDays(random.nextInt(500));

		List<LocalDate> days = Recurrence.days(first, repeat, from, to);

		assertThat(days).isSorted().doesNotHaveDuplicates().allMatch(day -> !day.isBefore(from) && !day.isAfter(to));
		if (until != null) {
			assertThat(days).allMatch(day -> !day.isAfter(until));
		}
		if (times != null) {
			assertThat(days).hasSizeLessThanOrEqualTo(times);
		}
		switch (frequency) {
			case WEEKDAYS -> assertThat(days).noneMatch(
					day -> day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
			case WEEKLY -> assertThat(days).allMatch(day -> ChronoUnit.DAYS.between(first, day) % 7 == 0);
			case FORTNIGHTLY -> assertThat(days).allMatch(day -> ChronoUnit.DAYS.between(first, day) % 14 == 0);
		}
		LocalDate cut = from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
		List<LocalDate> pieces = new ArrayList<>(Recurrence.days(first, repeat, from, cut));
		pieces.addAll(Recurrence.days(first, repeat, cut.plusDays(1), to));
		assertThat(pieces).isEqualTo(days);
	}
}
