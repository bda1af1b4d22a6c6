package org.wraparound.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityId;
import org.wraparound.helping.HelpCancelled;
import org.wraparound.helping.HelpChanged;
import org.wraparound.helping.HelpCommitted;
import org.wraparound.helping.HelpCompleted;
import org.wraparound.helping.HelpHistory;
import org.wraparound.helping.HelpKind;
import org.wraparound.helping.HelpRequested;
import org.wraparound.helping.HelpUnfilled;
import org.wraparound.helping.HelpWithdrawn;
import org.wraparound.helping.Recipient;
import org.wraparound.helping.RequestId;
import org.wraparound.helping.ThanksSent;
import org.wraparound.volunteers.VolunteerApproved;

/**
 * What matching hears. A new or still unfilled request is offered; a newly approved volunteer may be offered the
 * community's open requests; anything that changes who is free or who helped whom moves the community's version in
 * the database, so that every node rebuilds its index. Every listener is idempotent: offering is a top-up to the
 * set number of open offers, never more.
 */
@Component
class MatchingEvents {

	/** How many of a community's soonest open requests are offered again when a volunteer is approved. */
	private static final int OPEN_REQUESTS = 20;

	private final Offering offering;
	private final Offers offers;
	private final Versions versions;
	private final HelpHistory history;
	private final AccountManagement accounts;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	MatchingEvents(Offering offering, Offers offers, Versions versions, HelpHistory history,
			AccountManagement accounts, ApplicationEventPublisher events, Clock clock) {
		this.offering = offering;
		this.offers = offers;
		this.versions = versions;
		this.history = history;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(HelpRequested event) {
		offering.topUp(event.request());
	}

	@ApplicationModuleListener
	void on(HelpUnfilled event) {
		offering.topUp(event.request());
	}

	@ApplicationModuleListener
	void on(VolunteerApproved event) {
		for (var request : history.openIn(event.community(), clock.instant(), OPEN_REQUESTS)) {
			offering.topUp(request.id());
		}
	}

	@ApplicationModuleListener
	void on(HelpCommitted event) {
		changed(event.community(), event.request());
	}

	@ApplicationModuleListener
	void on(HelpWithdrawn event) {
		changed(event.community(), event.request());
	}

	/** The request was called off: its open offers close, and those who could still answer one are told. */
	@ApplicationModuleListener
	void on(HelpCancelled event) {
		versions.bump(event.community());
		Instant now = clock.instant();
		offers.lock(event.request().value());
		List<Offers.OfferRow> open = offers.openOf(event.request().value());
		offers.closeOpen(event.request().value(), Offers.CLOSED, now);
		open.stream().filter(offer -> offer.openAt(now)).forEach(offer -> tell(offer, event.request(), event.kind(),
				event.startsAt(), event.zone(), event.personName(), false));
	}

	/**
	 * The request moved: offers made before naming the old time are taken back, and it is offered afresh for the new
	 * one (heard again, the event leaves the offers made after it alone). Those whose offer was taken back and who
	 * were not offered the new time are told they need not answer.
	 */
	@ApplicationModuleListener
	void on(HelpChanged event) {
		offers.lock(event.request().value());
		List<Offers.OfferRow> taken = offers.withdrawOpenBefore(event.request().value(), event.at());
		changed(event.community(), event.request());
		Instant now = clock.instant();
		taken.stream().filter(offer -> offer.openAt(now))
			.filter(offer -> offers.find(event.request().value(), offer.volunteer()).isEmpty())
			.forEach(offer -> tell(offer, event.request(), event.kind(), event.wasStartingAt(), event.zone(),
					event.personName(), true));
	}

	@ApplicationModuleListener
	void on(HelpCompleted event) {
		versions.bump(event.community());
	}

	@ApplicationModuleListener
	void on(ThanksSent event) {
		versions.bump(event.community());
	}

	private void tell(Offers.OfferRow offer, RequestId request, HelpKind kind, Instant startsAt, ZoneId zone,
			String personName, boolean moved) {
		accounts.find(offer.volunteer()).ifPresent(found -> events.publishEvent(new OfferWithdrawn(offer.id(), request,
				kind, startsAt, zone, personName, new Recipient(found.id(), found.displayName(), found.email(),
						found.language()), moved, clock.instant())));
	}

	/** Free slots may have changed: offers close when the request is full, and top up when a slot came free. */
	private void changed(CommunityId community, RequestId request) {
		versions.bump(community);
		offering.topUp(request);
	}
}
