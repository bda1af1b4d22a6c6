package org.wraparound.helping;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.wraparound.circles.CircleId;
import org.wraparound.communities.CommunityId;

/**
 * A request as matching needs it, with nothing about the person: what and when, how many slots are still free, the
 * approximate point when the circle gave one (never the address), and whether a ride needs a wheelchair-accessible
 * vehicle.
 */
public record RequestSummary(RequestId id, CommunityId community, CircleId circle, HelpKind kind, Instant startsAt,
		Instant endsAt, int slots, int taken, boolean open, Optional<Double> latitude, Optional<Double> longitude,
		boolean wheelchairVehicle, ZoneId zone) {

	/** How many more helpers are needed. */
	public int stillNeeded() {
		return Math.max(0, slots - taken);
	}
}
