package org.wraparound.helping;

import java.time.Instant;

import org.wraparound.accounts.AccountId;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.SupportDomain;
import org.wraparound.communities.CommunityId;

/**
 * The person or a coordinator thanked a helper for help given; {@code text} is what they wrote, and {@code to} is
 * the helper to pass it on to.
 */
public record ThanksSent(CommunityId community, CircleId circle, RequestId request, HelpKind kind,
		SupportDomain domain, Instant startsAt, Instant endsAt, AccountId helper, AccountId thankedBy, String text,
		Recipient to, String fromName, String personName, String link, Instant at) {
}
