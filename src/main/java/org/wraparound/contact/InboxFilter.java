package org.wraparound.contact;

import java.util.Locale;

/** Which inquiries the staff inbox lists: every open one, the open ones assigned to me, or the closed ones. */
public enum InboxFilter {
	OPEN, MINE, CLOSED;

	/** The filter named in {@code ?show=}, open when missing or unknown. */
	public static InboxFilter of(String text) {
		if (text != null) {
			for (InboxFilter filter : values()) {
				if (filter.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
					return filter;
				}
			}
		}
		return OPEN;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}
}
