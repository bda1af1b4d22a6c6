package org.wraparound.circles;

import java.util.Optional;

/** What came of accepting an invitation. */
public record JoinResult(Outcome outcome, Optional<CircleId> circle) {

	public enum Outcome {
		/** The person is now in the circle (or already was). */
		JOINED,
		/** The person must confirm their email address first; the invitation is still open. */
		EMAIL_NOT_CONFIRMED,
		/** The link is unknown, used or expired. */
		LINK_NOT_VALID
	}

	static JoinResult joined(CircleId circle) {
		return new JoinResult(Outcome.JOINED, Optional.of(circle));
	}

	static JoinResult problem(Outcome outcome) {
		return new JoinResult(outcome, Optional.empty());
	}
}
