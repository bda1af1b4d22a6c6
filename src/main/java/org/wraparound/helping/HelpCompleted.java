package org.wraparound.helping;

import java.time.Instant;

import org.wraparound.accounts.AccountId;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.SupportDomain;
import org.wraparound.communities.CommunityId;

/** A helper did what they committed to (they, or a coordinator, said so after the end time). */
public record HelpCompleted(CommunityId community, CircleId circle, RequestId request, HelpKind kind, SupportDomain domain,
		Instant startsAt, Instant endsAt, AccountId helper, Instant at) {
}
