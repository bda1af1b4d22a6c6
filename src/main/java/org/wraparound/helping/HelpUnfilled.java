package org.wraparound.helping;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.wraparound.circles.CircleId;
import org.wraparound.circles.SupportDomain;
import org.wraparound.communities.CommunityId;

/**
 * A request starts soon and still needs helpers. Coordinators are told with the person's name and a link; the
 * community's champions, who may not be in the circle, only what and when.
 */
public record HelpUnfilled(CommunityId community, CircleId circle, RequestId request, HelpKind kind,
		SupportDomain domain, Instant startsAt, Instant endsAt, int stillNeeded, String personName, ZoneId zone,
		String link, List<Recipient> coordinators, List<Recipient> champions, Instant at) {
}
