package org.wraparound.volunteers;

import java.util.List;
import java.util.Set;

import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;
import org.wraparound.helping.HelpKind;

/**
 * What matching needs to know about one approved volunteer whose check has not expired.
 *
 * @param latitude the centre of the neighbourhood they live in (WGS 84 degrees)
 * @param travelKm how far they will go from there
 * @param languages language codes such as {@code en}, {@code fr}, and any others they wrote, in lower case
 * @param weeklyLimit the most commitments they will take in one week
 */
public record VolunteerProfile(AccountId account, CommunityId community, double latitude, double longitude,
		double travelKm, Set<String> languages, Set<HelpKind> kinds, boolean drives, boolean wheelchairVehicle,
		Set<AvailabilitySlot> availability, List<DateRange> away, int weeklyLimit, Set<String> interests) {
}
