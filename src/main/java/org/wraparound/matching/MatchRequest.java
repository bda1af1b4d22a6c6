package org.wraparound.matching;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.wraparound.communities.CommunityId;
import org.wraparound.helping.HelpKind;
import org.wraparound.helping.RequestId;

/**
 * A help request as matching sees it: where and when, what kind, the community's time zone, and the person helped
 * (their id, first name for the reasons, languages and stated preferences).
 */
record MatchRequest(RequestId request, CommunityId community, double latitude, double longitude, HelpKind kind,
		boolean needsWheelchairVehicle, Instant startsAt, Instant endsAt, ZoneId zone, UUID person, String personName,
		Set<String> languages, Preferences preferences) {

	MatchRequest {
		if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
			throw new IllegalArgumentException("A request happens on the globe");
		}
		if (!endsAt.isAfter(startsAt)) {
			throw new IllegalArgumentException("A request ends after it starts");
		}
		languages = Languages.normalizeAll(languages);
	}
}
