package org.wraparound.contact.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficeHoursTests {

	private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	private static final OfficeHours STANDARD = OfficeHours.standard(TORONTO);

	/** Christmas 2026 is a Friday, Boxing Day observed on Monday the 28th. */
	private static final OfficeHours WITH_HOLIDAYS = new OfficeHours(TORONTO, STANDARD.days(), STANDARD.opens(),
			STANDARD.closes(), Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)));

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({
			// a Thursday in November (EST, UTC-5): 9:00 is 14:00 UTC, 16:30 is 21:30 UTC
			"2026-11-26T13:59:59Z, closed", "2026-11-26T14:00:00Z, open", "2026-11-26T21:29:59Z, open",
			"2026-11-26T21:30:00Z, closed",
			// a Thursday in July (EDT, UTC-4): the same wall-clock hours are an hour earlier in UTC
			"2026-07-16T12:59:59Z, closed", "2026-07-16T13:00:00Z, open", "2026-07-16T20:29:59Z, open",
			"2026-07-16T20:30:00Z, closed",
			// Friday before daylight saving starts (EST), and the Monday after (EDT)
			"2026-03-06T14:00:00Z, open", "2026-03-06T13:30:00Z, closed", "2026-03-09T13:00:00Z, open",
			"2026-03-09T12:59:00Z, closed",
			// the Sunday of the change itself, and the weekend after it ends: closed all day
			"2026-03-08T15:00:00Z, closed", "2026-11-01T15:00:00Z, closed",
			// the Friday before it ends (EDT) and the Monday after (EST)
			"2026-10-30T20:29:00Z, open", "2026-10-30T20:30:00Z, closed", "2026-11-02T13:30:00Z, closed",
			"2026-11-02T14:00:00Z, open", "2026-11-02T21:29:00Z, open", "2026-11-02T21:30:00Z, closed",
			// Saturday and Sunday at noon
			"2026-11-28T17:00:00Z, closed", "2026-11-29T17:00:00Z, closed" })
	void isOpenOnWeekdaysFromNineToFourThirtyTorontoTime(Instant instant, String expected) {
		assertThat(STANDARD.isOpen(instant)).isEqualTo(expected.equals("open"));
	}

	@ParameterizedTest(name = "on {0} the chat is {1}")
	@CsvSource({ "2026-12-24T15:00:00Z, open", "2026-12-25T15:00:00Z, closed", "2026-12-28T15:00:00Z, closed",
			"2026-12-29T15:00:00Z, open" })
	void staysClosedOnHolidays(Instant instant, String expected) {
		assertThat(WITH_HOLIDAYS.isOpen(instant)).isEqualTo(expected.equals("open"));
	}

	@ParameterizedTest(name = "after {0} it opens at {1}")
	@CsvSource({
			// open now: now
			"2026-11-26T15:00:00Z, 2026-11-26T10:00-05:00[America/Toronto]",
			// one second before 9:00: at 9:00 the same day
			"2026-11-26T13:59:59Z, 2026-11-26T09:00-05:00[America/Toronto]",
			// at 16:30 on a Thursday: Friday 9:00
			"2026-11-26T21:30:00Z, 2026-11-27T09:00-05:00[America/Toronto]",
			// Friday evening: Monday 9:00
			"2026-11-27T23:00:00Z, 2026-11-30T09:00-05:00[America/Toronto]",
			// Saturday before daylight saving starts: Monday 9:00, now EDT
			"2026-03-07T17:00:00Z, 2026-03-09T09:00-04:00[America/Toronto]",
			// Friday evening before it ends: Monday 9:00, now EST
			"2026-10-30T22:00:00Z, 2026-11-02T09:00-05:00[America/Toronto]" })
	void saysWhenItOpensNext(Instant instant, ZonedDateTime expected) {
		assertThat(STANDARD.nextOpening(instant)).contains(expected);
	}

	@ParameterizedTest(name = "after {0} it opens at {1}")
	@CsvSource({
			// Christmas Eve after hours: not Christmas, not the weekend, not Boxing Day observed: Tuesday the 29th
			"2026-12-24T22:00:00Z, 2026-12-29T09:00-05:00[America/Toronto]",
			"2026-12-25T15:00:00Z, 2026-12-29T09:00-05:00[America/Toronto]" })
	void skipsHolidaysWhenSayingWhenItOpensNext(Instant instant, ZonedDateTime expected) {
		assertThat(WITH_HOLIDAYS.nextOpening(instant)).contains(expected);
	}

	@Test
	void followsTheHoursAndZoneStaffSet() {
		var vancouverSaturdays = new OfficeHours(ZoneId.of("America/Vancouver"), Set.of(DayOfWeek.SATURDAY),
				LocalTime.of(10, 0), LocalTime.of(12, 0), Set.of());
		// Saturday 28 November 2026, 10:00 in Vancouver (PST, UTC-8) is 18:00 UTC
		assertThat(vancouverSaturdays.isOpen(Instant.parse("2026-11-28T18:00:00Z"))).isTrue();
		assertThat(vancouverSaturdays.isOpen(Instant.parse("2026-11-28T17:59:59Z"))).isFalse();
		assertThat(vancouverSaturdays.isOpen(Instant.parse("2026-11-27T18:00:00Z"))).isFalse();
		assertThat(vancouverSaturdays.nextOpening(Instant.parse("2026-11-28T20:00:00Z")))
			.contains(ZonedDateTime.parse("2026-12-05T10:00-08:00[America/Vancouver]"));
	}

	@Test
	void withNoDaySetItNeverOpens() {
		var never = new OfficeHours(TORONTO, Set.of(), LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of());
		assertThat(never.isOpen(Instant.parse("2026-11-26T15:00:00Z"))).isFalse();
		assertThat(never.nextOpening(Instant.parse("2026-11-26T15:00:00Z"))).isEmpty();
	}

	@Test
	void mustOpenBeforeItCloses() {
		assertThatThrownBy(() -> new OfficeHours(TORONTO, STANDARD.days(), LocalTime.of(17, 0), LocalTime.of(9, 0),
				Set.of())).isInstanceOf(IllegalArgumentException.class);
	}
}
