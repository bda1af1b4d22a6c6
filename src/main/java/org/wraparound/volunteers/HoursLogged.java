package org.wraparound.volunteers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;

/**
 * A champion approved (perhaps corrected) hours a volunteer gave on one day.
 *
 * @param entry the hours entry approved, so that a listener can count it once
 */
public record HoursLogged(CommunityId community, AccountId volunteer, int minutes, LocalDate workedOn, Instant at,
		UUID entry) {
}
