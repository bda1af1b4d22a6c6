package org.wraparound.circles;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.wraparound.platform.Language;

/**
 * A member's daily summary of a circle is due: what was posted since their last one. The notifications module
 * writes and sends it in the member's language.
 *
 * @param id the same for the same member, circle and period, so sending is idempotent
 * @param newComments how many comments were written in the period, on any update
 */
public record CircleDigestReady(UUID id, String to, String name, Language language, String personName, String link,
		List<Line> lines, int newComments, Instant since, Instant until) {

	/** One update posted in the period: who wrote it, when, its beginning, and how many comments it has. */
	public record Line(String author, Instant postedAt, String excerpt, int comments) {
	}
}
