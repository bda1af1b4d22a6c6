package org.wraparound.circles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.audit.Actor;
import org.wraparound.audit.AuditAction;
import org.wraparound.audit.AuditLog;
import org.wraparound.audit.RecordRef;
import org.wraparound.communities.CommunityId;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;

/**
 * After the person dies, the circle turns to the bereaved: a coordinator (or a champion of the community) records
 * the death, and check-ins with the caregivers are scheduled at the community's set times. A circle can also be
 * closed for another reason. Everything here is audited.
 */
@Service
@Transactional(readOnly = true)
public class BereavementFollowUp {

	/** What came of recording a death. */
	public enum Outcome {
		RECORDED, NOT_ALLOWED, NOT_OPEN, IN_FUTURE
	}

	private final Circles circles;
	private final CheckIns checkIns;
	private final FollowUpSchedules schedules;
	private final CommunityManagement communities;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final CircleSettings settings;
	private final Clock clock;

	BereavementFollowUp(Circles circles, CheckIns checkIns, FollowUpSchedules schedules, CommunityManagement communities,
			AuditLog audit,
			ApplicationEventPublisher events, CircleSettings settings, Clock clock) {
		this.circles = circles;
		this.checkIns = checkIns;
		this.schedules = schedules;
		this.communities = communities;
		this.audit = audit;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether {@code actor} may record a death, close the circle and keep the check-ins. */
	public boolean mayFollowUp(CircleId id, AccountId actor) {
		return followedUpBy(id, actor).isPresent();
	}

	/** Today in the circle's community, for the date a death may have (today at the latest). */
	public LocalDate today(CircleId id) {
		return LocalDate.now(clock.withZone(circles.findById(id.value()).map(this::zone).orElse(clock.getZone())));
	}

	@Transactional
	public Outcome recordDeath(CircleId id, AccountId actor, LocalDate diedOn) {
		Optional<Circle> found = followedUpBy(id, actor);
		if (found.isEmpty()) {
			return Outcome.NOT_ALLOWED;
		}
		Circle circle = found.get();
		if (diedOn.isAfter(LocalDate.now(clock.withZone(zone(circle))))) {
			return Outcome.IN_FUTURE;
		}
		if (!circle.recordDeath(diedOn)) {
			return Outcome.NOT_OPEN;
		}
		circles.save(circle);
		checkIns.schedule(id, diedOn, checkInsFor(circle.community()));
		audit.record(Actor.account(actor.toString()), AuditAction.CHANGED, record(id), "death recorded");
		events.publishEvent(new PersonDied(circle.community(), id, diedOn, clock.instant()));
		return Outcome.RECORDED;
	}

	/** When this community checks in with the bereaved: its champions' choice, or the default setting. */
	public List<Period> checkInsFor(CommunityId community) {
		return schedules.of(community).orElse(settings.bereavementCheckIns());
	}

	/**
	 * A champion sets when their community checks in with the bereaved (from now on: check-ins already scheduled
	 * stay). False when {@code champion} does not champion the community or the list is empty.
	 */
	@Transactional
	public boolean setCheckIns(CommunityId community, AccountId champion, List<Period> checkIns) {
		if (checkIns.isEmpty() || !communities.isChampion(champion, community)) {
			return false;
		}
		List<Period> sorted = checkIns.stream().distinct()
			.sorted(Comparator.comparing(period -> LocalDate.EPOCH.plus(period))).toList();
		schedules.save(community, sorted, champion, clock.instant());
		audit.record(Actor.account(champion.toString()), AuditAction.CHANGED,
				new RecordRef("circles", "follow-up-schedule", community.toString()), sorted.toString());
		return true;
	}

	/** The follow-up for those who keep it; empty for anyone else. */
	public Optional<FollowUp> followUp(CircleId id, AccountId viewer) {
		return followedUpBy(id, viewer).map(circle -> new FollowUp(circle.diedOn(),
				LocalDate.now(clock.withZone(zone(circle))), checkIns.of(id)));
	}

	/** Marks a check-in done with a note; false when not allowed or done already. */
	@Transactional
	public boolean markDone(CircleId id, AccountId actor, UUID checkIn, String note) {
		return followedUpBy(id, actor).filter(circle -> checkIns.markDone(id, checkIn, actor, note, clock.instant()))
			.map(circle -> {
				audit.record(Actor.account(actor.toString()), AuditAction.CHANGED, record(id), "check-in done");
				return true;
			})
			.orElse(false);
	}

	/** Closes the circle for a reason other than a death; false when not allowed or closed already. */
	@Transactional
	public boolean close(CircleId id, AccountId actor, String reason) {
		return followedUpBy(id, actor).filter(circle -> circle.close(reason, clock.instant())).map(circle -> {
			circles.save(circle);
			audit.record(Actor.account(actor.toString()), AuditAction.CHANGED, record(id), "circle closed");
			events.publishEvent(new CircleClosed(circle.community(), id, reason.strip(), clock.instant()));
			return true;
		}).orElse(false);
	}

	private Optional<Circle> followedUpBy(CircleId id, AccountId actor) {
		return circles.findById(id.value())
			.filter(circle -> circle.roleOf(actor).map(role -> role == CircleRole.COORDINATOR).orElse(false)
					|| communities.isChampion(actor, circle.community()));
	}

	private ZoneId zone(Circle circle) {
		return communities.find(circle.community()).map(CommunitySummary::timeZone).orElse(clock.getZone());
	}

	private static RecordRef record(CircleId id) {
		return new RecordRef("circles", "circle", id.toString());
	}
}
