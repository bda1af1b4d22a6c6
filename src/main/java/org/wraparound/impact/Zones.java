package org.wraparound.impact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.wraparound.communities.CommunityId;
import org.wraparound.communities.CommunityManagement;

/** Each community's time zone, so that a fact falls on the day its community lived it. */
@Component
class Zones {

	private final CommunityManagement communities;
	private final Clock clock;
	private final Map<UUID, ZoneId> known = new ConcurrentHashMap<>();

	Zones(CommunityManagement communities, Clock clock) {
		this.communities = communities;
		this.clock = clock;
	}

	ZoneId of(UUID community) {
		return known.computeIfAbsent(community, id -> communities.find(new CommunityId(id))
			.map(found -> found.timeZone()).orElse(clock.getZone()));
	}

	LocalDate day(UUID community, Instant at) {
		return LocalDate.ofInstant(at, of(community));
	}

	LocalDate today(UUID community) {
		return day(community, clock.instant());
	}
}
