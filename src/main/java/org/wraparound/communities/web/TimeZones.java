package org.wraparound.communities.web;

import java.util.List;

/**
 * The time zones a community may choose, Canada's first from east to west. Each has a label,
 * {@code communities.zone.<id with dots>}, in both languages.
 */
public final class TimeZones {

	static final List<String> ALL = List.of("America/St_Johns", "America/Halifax", "America/Toronto",
			"America/Winnipeg", "America/Regina", "America/Edmonton", "America/Vancouver", "America/Whitehorse",
			"America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "Europe/London",
			"Europe/Paris", "UTC");

	static final String DEFAULT = "America/Toronto";

	private TimeZones() {
	}

	/** The message key of a zone's label. */
	public static String labelKey(String zone) {
		return "communities.zone." + zone.replace('/', '.');
	}

	/** Whether the zone is one of those offered, and so has a label. */
	public static boolean offered(String zone) {
		return ALL.contains(zone);
	}
}
