package org.wraparound.helping;

import java.time.Instant;
import java.time.ZoneId;

import org.wraparound.circles.CircleId;
import org.wraparound.communities.CommunityId;

/**
 * A helper's reminder is due: it is published once per commitment (the claim that publishes it is one conditional
 * update), with what the mail says. The exact address is there because the helper committed.
 *
 * @param address the exact address, or {@code null}
 */
public record HelpReminderDue(CommunityId community, CircleId circle, RequestId request, HelpKind kind,
		Instant startsAt, Instant endsAt, Recipient helper, String personName, String address, ZoneId zone,
		String link, Instant at) {
}
