package org.wraparound.contact.chat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * When the live chat is staffed: on the given weekdays, from {@code opens} (inclusive) to {@code closes}
 * (exclusive), in {@code zone}, except on holidays. Times are wall-clock times in that zone, so a change of daylight
 * saving time moves nothing a visitor sees.
 *
 * @param zone where the hours are kept
 * @param days the weekdays the chat is staffed
 * @param opens the time it opens
 * @param closes the time it closes, after {@code opens}
 * @param holidays days it stays closed whatever the weekday
 */
public record OfficeHours(ZoneId zone, Set<DayOfWeek> days, LocalTime opens, LocalTime closes,
		Set<LocalDate> holidays) {

	/** How far ahead the next opening is looked for: past that, the chat is closed until staff set new hours. */
	private static final int SEARCH_DAYS = 400;

	public OfficeHours {
		if (!opens.isBefore(closes)) {
			throw new IllegalArgumentException("The chat must open before it closes");
		}
		days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
		holidays = Set.copyOf(holidays);
	}

	/** Monday to Friday, 9:00 to 16:30 in {@code zone}, no holidays. */
	public static OfficeHours standard(ZoneId zone) {
		return new OfficeHours(zone, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
				LocalTime.of(16, 30), Set.of());
	}

	/** Whether someone is there to answer at {@code instant}. */
	public boolean isOpen(Instant instant) {
		ZonedDateTime local = instant.atZone(zone);
		LocalTime time = local.toLocalTime();
		return staffed(local.toLocalDate()) && !time.isBefore(opens) && time.isBefore(closes);
	}

	/**
	 * When the chat opens next after {@code instant} (the instant itself when it is open then), in the office's zone;
	 * empty when no day within a year is staffed.
	 */
	public Optional<ZonedDateTime> nextOpening(Instant instant) {
		if (isOpen(instant)) {
			return Optional.of(instant.atZone(zone));
		}
		LocalDate day = instant.atZone(zone).toLocalDate();
		for (int i = 0; i <= SEARCH_DAYS; i++, day = day.plusDays(1)) {
			ZonedDateTime opening = ZonedDateTime.of(day, opens, zone);
			if (staffed(day) && opening.toInstant().isAfter(instant)) {
				return Optional.of(opening);
			}
		}
		return Optional.empty();
	}

	private boolean staffed(LocalDate day) {
		return days.contains(day.getDayOfWeek()) && !holidays.contains(day);
	}
}
