package org.wraparound.volunteers;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.helping.HelpCompleted;

/**
 * Hours volunteers gave: proposed from completed help, added by hand for other activities, approved (or corrected)
 * by a champion. Only approved hours count, and only they go on a volunteer's statement.
 */
@Service
public class VolunteerHours {

	/** The most minutes one entry may hold: a long day. */
	public static final int MAX_MINUTES = 16 * 60;

	private final Hours hours;
	private final Applications applications;
	private final CommunityManagement communities;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	VolunteerHours(Hours hours, Applications applications, CommunityManagement communities,
			ApplicationEventPublisher events, Clock clock) {
		this.hours = hours;
		this.applications = applications;
		this.communities = communities;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Proposes the time of completed help for its helper when they are an approved volunteer of its community; once
	 * per request and helper. True when proposed.
	 */
	@Transactional
	public boolean propose(HelpCompleted help) {
		var volunteer = applications.find(help.community(), help.helper())
			.filter(application -> application.status() == VolunteerStatus.APPROVED);
		if (volunteer.isEmpty() || !help.endsAt().isAfter(help.startsAt())) {
			return false;
		}
		int minutes = (int) Math.min(MAX_MINUTES, Duration.between(help.startsAt(), help.endsAt()).toMinutes());
		ZoneId zone = communities.find(help.community()).map(community -> community.timeZone()).orElse(clock.getZone());
		return hours.proposeOnce(volunteer.get().id(), help.request().value(), help.kind(),
				LocalDate.ofInstant(help.startsAt(), zone), minutes, clock.instant());
	}

	/** Every entry of an approved volunteer of the community, oldest first; empty for anyone else. */
	@Transactional(readOnly = true)
	public Optional<List<HoursEntry>> mine(CommunityId community, AccountId volunteer) {
		return approved(community, volunteer).map(found -> hours.of(found.id()));
	}

	/** Adds hours by hand, to be approved; false for anyone not an approved volunteer of the community. */
	@Transactional
	public boolean add(CommunityId community, AccountId volunteer, LocalDate day, int minutes, String activity) {
		var found = approved(community, volunteer);
		if (found.isEmpty() || minutes < 1 || minutes > MAX_MINUTES || activity == null || activity.isBlank()) {
			return false;
		}
		hours.add(found.get().id(), activity.strip(), day, minutes, clock.instant());
		return true;
	}

	/** The community's hours waiting for approval, when {@code champion} champions it. */
	@Transactional(readOnly = true)
	public Optional<List<HoursEntry>> toApprove(CommunityId community, AccountId champion) {
		if (!communities.isChampion(champion, community)) {
			return Optional.empty();
		}
		return Optional.of(hours.proposedIn(community.value()));
	}

	/** Approves proposed hours, as corrected by the champion; {@link HoursLogged} follows. */
	@Transactional
	public boolean approve(CommunityId community, UUID entry, AccountId champion, int minutes) {
		if (!communities.isChampion(champion, community) || minutes < 1 || minutes > MAX_MINUTES
				|| !hours.approve(community.value(), entry, minutes, champion, clock.instant())) {
			return false;
		}
		HoursEntry approved = hours.find(entry).orElseThrow();
		events.publishEvent(new HoursLogged(community, approved.volunteer(), approved.minutes(), approved.workedOn(),
				clock.instant(), entry));
		return true;
	}

	private Optional<Application> approved(CommunityId community, AccountId volunteer) {
		return applications.find(community, volunteer)
			.filter(application -> application.status() == VolunteerStatus.APPROVED);
	}
}
