package org.wraparound.contact.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Times in the inbox as staff read them, in their language, in the team's time zone. */
public final class InboxDates {

	private InboxDates() {
	}

	public static String of(Instant instant, Locale locale, String zone) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
			.withZone(ZoneId.of(zone)).format(instant);
	}

	/** For {@code <time datetime>}. */
	public static String iso(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}
}
