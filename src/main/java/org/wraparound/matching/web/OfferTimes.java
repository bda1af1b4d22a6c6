package org.wraparound.matching.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;

import org.wraparound.platform.Page;

/** When an offered request is and until when the offer stands, in the community's zone and the reader's language. */
public final class OfferTimes {

	private OfferTimes() {
	}

	/** A machine-readable time for {@code <time datetime>}. */
	public static String iso(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	public static String when(Page page, ZoneId zone, Instant start, Instant end) {
		var day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(page.locale()).withZone(zone);
		var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(page.locale()).withZone(zone);
		return page.t("matching.offer.when", day.format(start), time.format(start), time.format(end));
	}

	public static String at(Page page, ZoneId zone, Instant at) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(page.locale())
			.withZone(zone).format(at);
	}
}
