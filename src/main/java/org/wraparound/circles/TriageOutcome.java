package org.wraparound.circles;

import java.util.Optional;

/** What came of a champion's decision on a referral; {@code circle} is there when one was opened. */
public record TriageOutcome(Result result, Optional<CircleId> circle) {

	public enum Result {
		ACCEPTED, DECLINED, ALREADY_HANDLED, NOT_FOUND, NOT_VERIFIED
	}

	static TriageOutcome of(Result result) {
		return new TriageOutcome(result, Optional.empty());
	}
}
