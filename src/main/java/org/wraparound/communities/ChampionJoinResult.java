package org.wraparound.communities;

import java.util.Optional;

/** What came of accepting an invitation to co-champion a community. */
public record ChampionJoinResult(Outcome outcome, Optional<String> communitySlug) {

	public enum Outcome {
		/** The person is now a champion of the community (or already was). */
		JOINED,
		/** The person must confirm their email address first; the invitation is still open. */
		EMAIL_NOT_CONFIRMED,
		/** The link is unknown, used, withdrawn or expired. */
		LINK_NOT_VALID
	}

	static ChampionJoinResult joined(String slug) {
		return new ChampionJoinResult(Outcome.JOINED, Optional.of(slug));
	}

	static ChampionJoinResult problem(Outcome outcome) {
		return new ChampionJoinResult(outcome, Optional.empty());
	}
}
