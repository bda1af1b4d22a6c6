package org.wraparound.toolkit;

import org.wraparound.accounts.AccountId;
import org.wraparound.platform.Language;

/**
 * Staff's new text for a step's guide in one language, written over {@code basedOn}, the version they started from
 * (so that two people editing at once do not silently undo each other).
 */
public record EditGuide(String step, Language language, String title, String markdown, int basedOn, AccountId by) {

	public static final int MAX_TITLE = 200;

	public static final int MAX_MARKDOWN = 20_000;
}
