package org.wraparound.stories.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as readers write them, in their language (stories are dated in Eastern time, where the team is). */
public final class StoryDates {

	private static final ZoneId ZONE = ZoneId.of("America/Toronto");

	private StoryDates() {
	}

	public static String of(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(ZONE).format(instant);
	}

	public static String of(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

	/** For {@code <time datetime>}. */
	public static String iso(Instant instant) {
		return instant.atZone(ZONE).toLocalDate().toString();
	}
}
