package org.wraparound.toolkit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.wraparound.platform.Page;

/** Dates on toolkit pages, in the reader's language. */
public final class ToolkitDates {

	private ToolkitDates() {
	}

	public static String day(Page page, LocalDate date) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(page.locale()).format(date);
	}

	public static String day(Page page, Instant instant, ZoneId zone) {
		return day(page, instant.atZone(zone).toLocalDate());
	}

	/** A machine-readable day for {@code <time datetime>}. */
	public static String iso(LocalDate date) {
		return date.toString();
	}
}
