package org.wraparound.volunteers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.audit.Actor;
import org.wraparound.audit.AuditAction;
import org.wraparound.audit.AuditLog;
import org.wraparound.audit.RecordRef;
import org.wraparound.communities.CommunityId;
import org.wraparound.communities.CommunityManagement;

/**
 * A community's champions screen the applications sent to it: a checklist per volunteer, then approve (only when
 * every step is done) or decline with a reason. Only that community's champions reach any of it, and every read
 * of a volunteer's record is written to the audit log.
 */
@Service
public class VolunteerScreening {

	/** How many days ahead an expiring check is flagged and its volunteer reminded. */
	public static final int EXPIRY_DAYS = 30;

	private final Applications applications;
	private final Courses courses;
	private final CommunityManagement communities;
	private final AccountManagement accounts;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	VolunteerScreening(Applications applications, Courses courses, CommunityManagement communities,
			AccountManagement accounts, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.applications = applications;
		this.courses = courses;
		this.communities = communities;
		this.accounts = accounts;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The applications sent to the community, when {@code champion} champions it. */
	@Transactional(readOnly = true)
	public Optional<List<Application>> applicants(CommunityId community, AccountId champion) {
		if (!communities.isChampion(champion, community)) {
			return Optional.empty();
		}
		audit.record(Actor.account(champion.toString()), AuditAction.VIEWED,
				new RecordRef("volunteers", "applicants", community.toString()), "list of applicants");
		return Optional.of(applications.sentTo(community));
	}

	/** One sent application, when {@code champion} champions its community; the read is audited. */
	@Transactional(readOnly = true)
	public Optional<Application> read(CommunityId community, UUID id, AccountId champion) {
		var found = reachable(community, id, champion);
		found.ifPresent(application -> audited(champion, AuditAction.VIEWED, application, "record read"));
		return found;
	}

	/** Saves the checklist; the application is then in screening. False when out of reach or decided. */
	@Transactional
	public boolean saveChecklist(CommunityId community, UUID id, AccountId champion, Checklist checklist) {
		var found = reachable(community, id, champion);
		if (found.isEmpty() || !applications.saveChecklist(id, checklist, clock.instant())) {
			return false;
		}
		audited(champion, AuditAction.CHANGED, found.get(), "screening checklist");
		return true;
	}

	/**
	 * Approves when every screening step is done and every course the community requires is recorded;
	 * {@link VolunteerApproved} follows.
	 */
	@Transactional
	public boolean approve(CommunityId community, UUID id, AccountId champion) {
		var found = reachable(community, id, champion)
			.filter(application -> application.checklist().complete(LocalDate.now(clock)))
			.filter(application -> courses.missing(community, id).isEmpty());
		if (found.isEmpty() || !applications.decide(id, VolunteerStatus.APPROVED, null, clock.instant())) {
			return false;
		}
		audited(champion, AuditAction.CHANGED, found.get(), "approved");
		events.publishEvent(new VolunteerApproved(community, found.get().account(), clock.instant()));
		return true;
	}

	/** Declines with a reason the applicant is mailed (through {@link VolunteerDeclined}). */
	@Transactional
	public boolean decline(CommunityId community, UUID id, AccountId champion, String reason) {
		var found = reachable(community, id, champion);
		if (found.isEmpty() || reason == null || reason.isBlank()
				|| !applications.decide(id, VolunteerStatus.DECLINED, reason.strip(), clock.instant())) {
			return false;
		}
		audited(champion, AuditAction.CHANGED, found.get(), "declined");
		var applicant = accounts.find(found.get().account()).orElseThrow();
		String communityName = communities.find(community).orElseThrow().name();
		events.publishEvent(new VolunteerDeclined(UUID.randomUUID(), community, applicant.id(), applicant.email(),
				applicant.displayName(), applicant.language(), communityName, reason.strip(), clock.instant()));
		return true;
	}

	private Optional<Application> reachable(CommunityId community, UUID id, AccountId champion) {
		if (!communities.isChampion(champion, community)) {
			return Optional.empty();
		}
		return applications.find(id).filter(application -> application.community().equals(community))
			.filter(application -> application.status() != VolunteerStatus.DRAFT);
	}

	private void audited(AccountId champion, AuditAction action, Application application, String detail) {
		audit.record(Actor.account(champion.toString()), action,
				new RecordRef("volunteers", "volunteer", application.id().toString()), detail);
	}
}
