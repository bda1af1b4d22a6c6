package org.wraparound.accounts.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The origin of a map tile server for the content security policy, from a tile address such as
 * {@code https://{s}.tile.example.org/{z}/{x}/{y}.png} ({@code https://*.tile.example.org}); empty when none is set or
 * the address is not a plain http(s) one.
 */
final class TileHost {

	private static final Pattern ORIGIN = Pattern.compile("(https?://)(\\{s\\}\\.)?([a-zA-Z0-9.-]+)(:\\d{1,5})?(/.*)?");

	private TileHost() {
	}

	static String of(String tileUrl) {
		if (tileUrl == null) {
			return "";
		}
		Matcher matcher = ORIGIN.matcher(tileUrl.strip());
		if (!matcher.matches()) {
			return "";
		}
		return matcher.group(1) + (matcher.group(2) != null ? "*." : "") + matcher.group(3)
				+ (matcher.group(4) != null ? matcher.group(4) : "");
	}
}
