package org.wraparound.helping.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.wraparound.platform.Page;

/** When a request is, given in the community time zone and in the reader language. */
public final class HelpTimes {

	private HelpTimes() {
	}

	/** A machine-readable time for {@code <time datetime>}, which allows at most milliseconds. */
	public static String iso(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	public static String when(Page page, ZoneId zone, Instant start, Instant end) {
		Locale locale = page.locale();
		var day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).withZone(zone);
		var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
		return page.t("helping.when", day.format(start), time.format(start), time.format(end));
	}
}
