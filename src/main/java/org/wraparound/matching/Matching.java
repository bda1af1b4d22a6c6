package org.wraparound.matching;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.audit.Actor;
import org.wraparound.audit.AuditAction;
import org.wraparound.audit.AuditLog;
import org.wraparound.audit.RecordRef;
import org.wraparound.helping.ClaimResult;
import org.wraparound.helping.HelpHistory;
import org.wraparound.helping.HelpRequests;
import org.wraparound.helping.RequestId;
import org.wraparound.helping.RequestSummary;

/**
 * Offers of help requests to volunteers, and the ranked list coordinators choose from. A volunteer sees only their
 * own offers (the person's first name, neighbourhood and the task); accepting goes through helping's one slot-claim,
 * so the first to accept gets the slot and the others are told it is already taken. Only a circle's coordinators see
 * the ranked list for its requests. Every showing of a circle's information is written to the audit log.
 */
@Service
public class Matching {

	private final Offering offering;
	private final Offers offers;
	private final RequestsToMatch requests;
	private final Ranker ranker;
	private final HelpRequests help;
	private final HelpHistory history;
	private final AccountManagement accounts;
	private final AuditLog audit;
	private final Clock clock;

	Matching(Offering offering, Offers offers, RequestsToMatch requests, Ranker ranker, HelpRequests help,
			HelpHistory history, AccountManagement accounts, AuditLog audit, Clock clock) {
		this.offering = offering;
		this.offers = offers;
		this.requests = requests;
		this.ranker = ranker;
		this.help = help;
		this.history = history;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** The open offers made to {@code volunteer}, soonest first. Showing each is audited against its circle. */
	public List<OfferView> offersFor(AccountId volunteer) {
		Instant now = clock.instant();
		return offers.openFor(volunteer, now).stream().map(open -> {
			Offers.RequestRow request = open.request();
			audit.record(Actor.account(volunteer.toString()), AuditAction.VIEWED,
					new RecordRef("circles", "circle", request.circle().toString()),
					"offered volunteer saw first name, neighbourhood and task of request " + request.request());
			return new OfferView(new RequestId(request.request()), request.kind(), request.personName(),
					Optional.ofNullable(request.neighbourhood()), request.startsAt(), request.endsAt(),
					requests.summary(new RequestId(request.request())).map(RequestSummary::zone)
						.orElse(clock.getZone()),
					open.offer().expiresAt());
		}).toList();
	}

	/**
	 * {@code volunteer} accepts an offer. Only someone it was offered to, while it is open, may; the slot is taken
	 * through helping's claim, so of two accepting the last slot one gets it and the other hears it is taken.
	 */
	public AcceptResult accept(RequestId id, AccountId volunteer) {
		Instant now = clock.instant();
		Optional<Offers.OfferRow> found = offers.find(id.value(), volunteer);
		if (found.isEmpty()) {
			return AcceptResult.NOT_OFFERED;
		}
		Offers.OfferRow offer = found.get();
		switch (offer.status()) {
			case Offers.ACCEPTED:
				return AcceptResult.ALREADY_YOURS;
			case Offers.DECLINED:
				return AcceptResult.ALREADY_ANSWERED;
			case Offers.TAKEN:
				return AcceptResult.ALREADY_TAKEN;
			case Offers.CLOSED:
				return AcceptResult.CLOSED;
			default:
		}
		if (!offer.openAt(now)) {
			return AcceptResult.EXPIRED;
		}
		Optional<RequestSummary> summary = requests.summary(id);
		if (summary.isPresent() && busyThen(volunteer, summary.get())) {
			return AcceptResult.BUSY;
		}
		ClaimResult claim = help.claimOffered(id, volunteer);
		Instant at = clock.instant();
		switch (claim) {
			case CLAIMED, ALREADY_YOURS -> {
				offers.settle(id.value(), volunteer, Offers.ACCEPTED, at);
				audit.record(Actor.account(volunteer.toString()), AuditAction.CHANGED,
						new RecordRef("matching", "offer", offer.id().toString()), "accepted an offer");
				if (requests.summary(id).map(RequestSummary::stillNeeded).orElse(0) == 0) {
					offers.closeOpen(id.value(), Offers.TAKEN, at);
				}
				return claim == ClaimResult.CLAIMED ? AcceptResult.ACCEPTED : AcceptResult.ALREADY_YOURS;
			}
			case ALREADY_TAKEN -> {
				offers.settle(id.value(), volunteer, Offers.TAKEN, at);
				return AcceptResult.ALREADY_TAKEN;
			}
			default -> {
				offers.settle(id.value(), volunteer, Offers.CLOSED, at);
				return AcceptResult.CLOSED;
			}
		}
	}

	/** {@code volunteer} says no to an offer; the request is offered to the next in line. */
	public AcceptResult decline(RequestId id, AccountId volunteer) {
		Optional<Offers.OfferRow> found = offers.find(id.value(), volunteer);
		if (found.isEmpty()) {
			return AcceptResult.NOT_OFFERED;
		}
		if (!offers.answer(id.value(), volunteer, Offers.DECLINED, clock.instant())) {
			return found.get().openAt(clock.instant()) ? AcceptResult.ALREADY_ANSWERED
					: Offers.OPEN.equals(found.get().status()) ? AcceptResult.EXPIRED : AcceptResult.ALREADY_ANSWERED;
		}
		offering.topUp(id);
		return AcceptResult.DECLINED;
	}

	/**
	 * The volunteers ranked for a request, best first, with why, for one of its circle's coordinators; empty for
	 * anyone else. The read is audited.
	 */
	public Optional<List<RankedVolunteer>> ranked(RequestId id, AccountId coordinator, int most) {
		if (help.find(id, coordinator).filter(found -> found.request().canCoordinate()).isEmpty()) {
			return Optional.empty();
		}
		return requests.summary(id).map(summary -> {
			audit.record(Actor.account(coordinator.toString()), AuditAction.VIEWED,
					new RecordRef("circles", "circle", summary.circle().toString()),
					"ranked volunteers for request " + id);
			Optional<RequestsToMatch.Prepared> prepared = requests.prepare(summary, "a coordinator's ranked list");
			if (prepared.isEmpty() || !summary.endsAt().isAfter(clock.instant())) {
				return List.of();
			}
			List<Ranked> ranked = ranker.rank(prepared.get().request(), most);
			Map<AccountId, String> names = accounts.displayNames(ranked.stream().map(Ranked::account).toList());
			Map<AccountId, String> states = offers.ofRequest(id.value()).stream()
				.collect(Collectors.toMap(Offers.OfferRow::volunteer, Offers.OfferRow::status));
			return ranked.stream()
				.map(one -> new RankedVolunteer(one.account(), names.getOrDefault(one.account(), "—"),
						List.<MessageSourceResolvable>copyOf(one.reasons()),
						Optional.ofNullable(states.get(one.account()))))
				.toList();
		});
	}

	/** A coordinator offers the request to a volunteer of their choice; empty when they may not. */
	public Optional<OfferResult> offerTo(RequestId id, AccountId coordinator, AccountId volunteer) {
		if (help.find(id, coordinator).filter(found -> found.request().canChange()).isEmpty()) {
			return Optional.empty();
		}
		OfferResult result = offering.offerTo(id, volunteer, coordinator);
		if (result == OfferResult.OFFERED) {
			audit.record(Actor.account(coordinator.toString()), AuditAction.CHANGED,
					new RecordRef("helping", "request", id.toString()), "offered the request to a volunteer");
		}
		return Optional.of(result);
	}

	/** Offers a request to the best few (idempotent: an open offer is never made twice); how many were made. */
	public int offer(RequestId id) {
		return offering.topUp(id);
	}

	/** Expires the offers whose time is up and offers those requests to the next in line; how many requests. */
	public int expireDue() {
		Instant now = clock.instant();
		List<UUID> due = offers.withExpired(now, 200);
		due.forEach(request -> offering.topUp(new RequestId(request)));
		return due.size();
	}

	private boolean busyThen(AccountId volunteer, RequestSummary request) {
		return history.commitmentsOf(volunteer).stream()
			.anyMatch(past -> !past.request().equals(request.id()) && past.startsAt().isBefore(request.endsAt())
					&& request.startsAt().isBefore(past.endsAt()));
	}
}
