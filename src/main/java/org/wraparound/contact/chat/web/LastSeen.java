package org.wraparound.contact.chat.web;

/** The last line a stream's reader has: what the page was drawn with, or what the browser says it got last. */
final class LastSeen {

	private LastSeen() {
	}

	static long of(long after, String lastEventId) {
		long seen = Math.max(0, after);
		if (lastEventId != null) {
			try {
				seen = Math.max(seen, Long.parseLong(lastEventId.strip()));
			}
			catch (NumberFormatException ignored) {
				// a browser sends back the ids we gave it; anything else counts for nothing
			}
		}
		return seen;
	}
}
