package org.wraparound.toolkit;

import java.time.Instant;
import java.util.Optional;

import org.wraparound.accounts.AccountId;
import org.wraparound.platform.Language;

/** One version of a step's guide in one language: the text as it was, who wrote it (none: seeded) and when. */
public record GuideVersion(Language language, int version, String title, String markdown,
		Optional<AccountId> changedBy, Instant changedAt) {
}
