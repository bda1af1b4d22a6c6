package org.wraparound.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.DatabaseTest;
import org.wraparound.Demo;
import org.wraparound.TestClock;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.CircleManagement;
import org.wraparound.communities.CommunityId;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.helping.ClaimResult;
import org.wraparound.helping.HelpKind;
import org.wraparound.helping.HelpRequests;
import org.wraparound.helping.PostHelpRequest;
import org.wraparound.helping.RequestId;
import org.wraparound.volunteers.VolunteerScreening;
import org.wraparound.volunteers.Volunteering;

/**
 * Candidates read from the database on both databases: approved volunteers as profiles say, with what helping knows
 * (a commitment is a busy time and recent load); the version moves when the counter does and is the same answer
 * for every reader.
 */
@DatabaseTest
class DatabaseCandidatesTests {

	@Autowired
	DatabaseCandidates candidates;

	@Autowired
	Versions versions;

	@Autowired
	HelpRequests help;

	@Autowired
	CircleManagement circles;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CommunityManagement communities;

	@Autowired
	Volunteering volunteering;

	@Autowired
	VolunteerScreening screening;

	@Autowired
	TestClock clock;

	@Test
	void approvedVolunteersWithTheirCommitmentsAndAVersionThatMoves() {
		List<AccountId> ours = OfferVolunteers.approved(8, accounts, communities, volunteering, screening, clock);
		CommunityId maple = communities.findBySlug("maple-grove-compassionate-community").orElseThrow().id();
		long version = candidates.version(maple);
		assertThat(candidates.version(maple)).as("asked again").isEqualTo(version);
		CandidateSource.Snapshot snapshot = candidates.candidates(maple);
		assertThat(snapshot.version()).isEqualTo(version);
		Candidate first = snapshot.candidates().stream().filter(one -> one.account().equals(ours.get(0))).findFirst()
			.orElseThrow();
		assertThat(first.availability()).hasSize(21);
		assertThat(first.languages()).containsExactlyInAnyOrder("fr", "en");
		assertThat(first.travelKm()).isEqualTo(10);
		assertThat(snapshot.candidates()).allMatch(one -> one.community().equals(maple));

		versions.bump(maple);
		assertThat(candidates.version(maple)).isNotEqualTo(version);

		AccountId maria = accounts.findByEmail("member@wraparound.example").orElseThrow().id();
		CircleId maggie = CircleId.parse(Demo.circleOf(accounts, circles, "member@wraparound.example", "Maggie"))
			.orElseThrow();
		ZoneId zone = help.zoneOf(maggie, maria).orElseThrow();
		Instant start = LocalDate.now(clock.withZone(zone)).plusDays(27).atTime(LocalTime.of(13, 0)).atZone(zone)
			.toInstant();
		RequestId id = help.post(new PostHelpRequest(maggie, maria, HelpKind.CALL, start,
				start.plus(Duration.ofMinutes(30)), 1, "A call " + UUID.randomUUID(), null, null, null)).orElseThrow();
		AccountId last = ours.get(7);
		int before = candidates.candidates(maple).candidates().stream().filter(one -> one.account().equals(last))
			.findFirst().orElseThrow().recentCommitments();
		assertThat(help.claimOffered(id, last)).isEqualTo(ClaimResult.CLAIMED);
		Candidate busy = candidates.candidates(maple).candidates().stream().filter(one -> one.account().equals(last))
			.findFirst().orElseThrow();
		assertThat(busy.committedAt()).anyMatch(at -> at.startsAt().equals(start));
		assertThat(busy.recentCommitments()).isEqualTo(before + 1);
		assertThat(help.find(id, last)).as("the volunteer joined the circle as a helper").isPresent();
	}
}
