package org.wraparound.helping;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.wraparound.circles.CircleId;
import org.wraparound.circles.SupportDomain;
import org.wraparound.communities.CommunityId;

/**
 * A request was called off (the person died, or a coordinator cancelled it); nobody need come. It carries the
 * helpers who had committed, so that they can be told gently without asking back.
 *
 * @param note what the coordinator wrote, or {@code null}
 */
public record HelpCancelled(CommunityId community, CircleId circle, RequestId request, HelpKind kind,
		SupportDomain domain, Instant startsAt, Instant endsAt, Why why, String note, String personName, ZoneId zone,
		List<Recipient> helpers, Instant at) {

	/** Why it was called off. */
	public enum Why {
		PERSON_DIED, CALLED_OFF
	}
}
