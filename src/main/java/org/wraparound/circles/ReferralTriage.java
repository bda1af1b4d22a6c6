package org.wraparound.circles;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.audit.Actor;
import org.wraparound.audit.AuditAction;
import org.wraparound.audit.AuditLog;
import org.wraparound.audit.RecordRef;
import org.wraparound.circles.TriageOutcome.Result;
import org.wraparound.communities.CommunityId;
import org.wraparound.communities.CommunityManagement;

/**
 * Referrals from the public form into a community's triage queue, which only its champions see. A champion
 * accepts one (a circle opens, with the champion as its first coordinator, and the caregiver is invited to
 * coordinate) or declines it with a reason for the referrer. Each referral is handled once; all of it is audited.
 */
@Service
@Transactional(readOnly = true)
public class ReferralTriage {

	private final Referrals referrals;
	private final CircleManagement circles;
	private final CommunityManagement communities;
	private final AccountManagement accounts;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ReferralTriage(Referrals referrals, CircleManagement circles, CommunityManagement communities,
			AccountManagement accounts, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.referrals = referrals;
		this.circles = circles;
		this.communities = communities;
		this.accounts = accounts;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Stores a referral sent from the public form; empty when the community does not exist. */
	@Transactional
	public Optional<ReferralId> refer(Refer referral) {
		if (communities.find(referral.community()).isEmpty()) {
			return Optional.empty();
		}
		var now = clock.instant();
		ReferralId id = referrals.add(referral, now);
		audit.record(Actor.anonymous(referral.referrerEmail()), AuditAction.CREATED, record(id),
				"referral received from " + referral.referrerRole().name().toLowerCase());
		events.publishEvent(new ReferralReceived(referral.community(), id, referral.referrerRole(),
				referral.needs().keySet(), now));
		return Optional.of(id);
	}

	/** The referrals waiting in a community's queue, for its champions only (empty for anyone else). Audited. */
	public Optional<List<Referral>> queue(CommunityId community, AccountId viewer) {
		if (!communities.isChampion(viewer, community)) {
			return Optional.empty();
		}
		List<Referral> pending = referrals.pending(community);
		pending.forEach(referral -> audit.record(Actor.account(viewer.toString()), AuditAction.VIEWED,
				record(referral.id()), "in the triage queue"));
		return Optional.of(pending);
	}

	/**
	 * A champion accepts a referral: the circle opens with them as its first coordinator and the consent the
	 * referrer attested, the needs are copied, and the caregiver is invited by email to coordinate.
	 */
	@Transactional
	public TriageOutcome accept(ReferralId id, AccountId champion) {
		Optional<Referral> found = championed(id, champion);
		if (found.isEmpty()) {
			return TriageOutcome.of(Result.NOT_FOUND);
		}
		Referral referral = found.get();
		if (referral.status() != ReferralStatus.PENDING) {
			return TriageOutcome.of(Result.ALREADY_HANDLED);
		}
		if (!accounts.isVerified(champion)) {
			return TriageOutcome.of(Result.NOT_VERIFIED);
		}
		if (!referrals.handle(id, ReferralStatus.ACCEPTED, champion, null, clock.instant())) {
			return TriageOutcome.of(Result.ALREADY_HANDLED);
		}
		var person = new PersonProfile(referral.personFirstName(), null, referral.personLanguages(), null, false,
				false, null, null, referral.neighbourhood(), null, null);
		String consentGiver = referral.consentGivenBy() == ConsentGiver.PERSON ? referral.personFirstName()
				: referral.caregiverName();
		CircleId circle = circles.open(new OpenCircle(referral.community(), champion, CircleRole.COORDINATOR, person,
				referral.consentGivenBy(), consentGiver)).orElseThrow();
		circles.updateNeeds(circle, champion, referral.needs().entrySet().stream()
			.map(need -> new Need(need.getKey(), need.getValue(), Coverage.NOT_COVERED)).toList());
		circles.invite(circle, champion, referral.caregiverEmail(), CircleRole.COORDINATOR);
		referrals.linkCircle(id, circle);
		audit.record(Actor.account(champion.toString()), AuditAction.CHANGED, record(id),
				"accepted, consent to the referral attested by the " + referral.referrerRole().name().toLowerCase());
		return new TriageOutcome(Result.ACCEPTED, Optional.of(circle));
	}

	/** A champion declines a referral; the reason is mailed to the referrer. */
	@Transactional
	public TriageOutcome decline(ReferralId id, AccountId champion, String reason) {
		Optional<Referral> found = championed(id, champion);
		if (found.isEmpty()) {
			return TriageOutcome.of(Result.NOT_FOUND);
		}
		Referral referral = found.get();
		var now = clock.instant();
		if (!referrals.handle(id, ReferralStatus.DECLINED, champion, reason, now)) {
			return TriageOutcome.of(Result.ALREADY_HANDLED);
		}
		String community = communities.find(referral.community()).map(c -> c.name()).orElse("");
		events.publishEvent(new ReferralDeclined(referral.community(), id, referral.referrerEmail(),
				referral.referrerName(), referrals.languageOf(id), referral.personFirstName(), community,
				reason.strip(), now));
		audit.record(Actor.account(champion.toString()), AuditAction.CHANGED, record(id), "declined");
		return TriageOutcome.of(Result.DECLINED);
	}

	private Optional<Referral> championed(ReferralId id, AccountId champion) {
		return referrals.find(id).filter(referral -> communities.isChampion(champion, referral.community()));
	}

	private static RecordRef record(ReferralId id) {
		return new RecordRef("circles", "referral", id.toString());
	}
}
