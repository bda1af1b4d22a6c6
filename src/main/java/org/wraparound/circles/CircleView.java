package org.wraparound.circles;

import java.util.List;
import java.util.Optional;

import org.wraparound.communities.CommunityId;

/**
 * A circle as one viewer may see it. {@code viewerRole} is empty for a champion looking in for triage. The exact
 * address is left out for those who should not see it.
 */
public record CircleView(CircleId id, CommunityId community, CircleStatus status, PersonProfile person,
		List<Need> needs, List<CircleMember> members, Optional<CircleRole> viewerRole) {

	/** Whether the viewer may change the circle. */
	public boolean canCoordinate() {
		return viewerRole.map(CircleRole::coordinates).orElse(false);
	}
}
