package org.wraparound.circles;

import java.util.List;

import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;

/**
 * The little another module needs to tell a circle's people something (a reminder, a request still unfilled): the
 * name the person goes by and who coordinates the circle. Never the address or anything about health.
 */
public record CircleBrief(CircleId id, CommunityId community, CircleStatus status, String personName,
		List<AccountId> coordinators) {
}
