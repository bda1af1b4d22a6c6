package org.wraparound.matching;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;
import org.wraparound.helping.HelpKind;

/**
 * An approved volunteer as matching sees them: where they live and how far they travel, what they can do, when they
 * are free, and what they already do ({@code committedAt}, {@code recentCommitments}) and did before for each person
 * ({@code history}, keyed by the person's id).
 */
record Candidate(AccountId account, CommunityId community, double latitude, double longitude, double travelKm,
		Set<String> languages, Set<HelpKind> kinds, boolean drives, boolean wheelchairVehicle, Set<Slot> availability,
		List<DateRange> away, int weeklyLimit, Set<String> interests, int recentCommitments, List<Busy> committedAt,
		Map<UUID, Continuity> history) {

	Candidate {
		if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
			throw new IllegalArgumentException("A volunteer lives on the globe");
		}
		if (!(travelKm > 0)) {
			throw new IllegalArgumentException("A travel radius is more than 0 km");
		}
		languages = Languages.normalizeAll(languages);
		kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
		availability = Set.copyOf(availability);
		away = List.copyOf(away);
		interests = Languages.normalizeAll(interests);
		committedAt = List.copyOf(committedAt);
		history = Map.copyOf(history);
	}

	Continuity with(UUID person) {
		return history.getOrDefault(person, Continuity.NONE);
	}
}
