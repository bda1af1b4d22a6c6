package org.wraparound.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;
import org.wraparound.helping.HelpHistory;
import org.wraparound.helping.PastHelp;
import org.wraparound.volunteers.AvailabilitySlot;
import org.wraparound.volunteers.VolunteerProfile;
import org.wraparound.volunteers.Volunteering;

/**
 * Candidates read from the database through the public facades: volunteers' approved profiles, and from helping
 * who committed to what (busy times, recent load for fairness, who they helped and were thanked by). The version is
 * three cheap questions every node answers alike: the approved profiles' count and latest change (an indexed
 * query), matching's own counter of helping's changes, and today's date (checks expire and load ages by the day).
 */
@Component
class DatabaseCandidates implements CandidateSource {

	/** Commitments that ended this long ago can no longer count against a weekly limit. */
	private static final Duration WEEK_BACK = Duration.ofDays(8);

	private final Volunteering volunteering;
	private final HelpHistory history;
	private final Versions versions;
	private final MatchingSettings settings;
	private final Clock clock;

	DatabaseCandidates(Volunteering volunteering, HelpHistory history, Versions versions, MatchingSettings settings,
			Clock clock) {
		this.volunteering = volunteering;
		this.history = history;
		this.versions = versions;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public long version(CommunityId community) {
		long version = volunteering.approvedVersion(community);
		version = version * 31 + versions.of(community);
		return version * 31 + LocalDate.now(clock).toEpochDay();
	}

	@Override
	@Transactional(readOnly = true)
	public Snapshot candidates(CommunityId community) {
		long version = version(community);
		Instant now = clock.instant();
		Map<AccountId, List<PastHelp>> helped = history.commitmentsIn(community).stream()
			.collect(Collectors.groupingBy(PastHelp::helper));
		List<Candidate> candidates = new ArrayList<>();
		for (VolunteerProfile profile : volunteering.approvedVolunteers(community)) {
			if (profile.travelKm() > 0) {
				candidates.add(candidate(profile, helped.getOrDefault(profile.account(), List.of()), now));
			}
		}
		return new Snapshot(version, candidates);
	}

	Candidate candidate(VolunteerProfile profile, List<PastHelp> commitments, Instant now) {
		Instant recentSince = now.minus(Duration.ofDays(settings.recentDays()));
		int recent = 0;
		List<Busy> busy = new ArrayList<>();
		Map<UUID, int[]> before = new HashMap<>();
		for (PastHelp help : commitments) {
			if (!help.committedAt().isBefore(recentSince)) {
				recent++;
			}
			if (help.endsAt().isAfter(now.minus(WEEK_BACK))) {
				busy.add(new Busy(help.startsAt(), help.endsAt()));
			}
			if (help.done() || !help.endsAt().isAfter(now)) {
				int[] counts = before.computeIfAbsent(help.circle().value(), circle -> new int[2]);
				counts[0]++;
				counts[1] += help.thanked() ? 1 : 0;
			}
		}
		Map<UUID, Continuity> continuity = new HashMap<>();
		before.forEach((circle, counts) -> continuity.put(circle, new Continuity(counts[0], counts[1])));
		return new Candidate(profile.account(), profile.community(), profile.latitude(), profile.longitude(),
				profile.travelKm(), profile.languages(), profile.kinds(), profile.drives(), profile.wheelchairVehicle(),
				slots(profile.availability()),
				profile.away().stream().map(range -> new DateRange(range.from(), range.to())).toList(),
				profile.weeklyLimit(), profile.interests(), recent, busy, continuity);
	}

	private static Set<Slot> slots(Set<AvailabilitySlot> availability) {
		return availability.stream()
			.map(slot -> new Slot(slot.day(), PartOfDay.valueOf(slot.part().name())))
			.collect(Collectors.toUnmodifiableSet());
	}
}
