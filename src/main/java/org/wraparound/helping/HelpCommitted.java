package org.wraparound.helping;

import java.time.Instant;

import org.wraparound.accounts.AccountId;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.SupportDomain;
import org.wraparound.communities.CommunityId;

/** A helper took a slot of a request. */
public record HelpCommitted(CommunityId community, CircleId circle, RequestId request, HelpKind kind, SupportDomain domain,
		Instant startsAt, Instant endsAt, AccountId helper, Instant at) {
}
