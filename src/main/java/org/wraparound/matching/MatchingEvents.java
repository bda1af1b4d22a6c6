package org.wraparound.matching;

import java.time.Clock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.wraparound.communities.CommunityId;
import org.wraparound.helping.HelpCancelled;
import org.wraparound.helping.HelpChanged;
import org.wraparound.helping.HelpCommitted;
import org.wraparound.helping.HelpCompleted;
import org.wraparound.helping.HelpHistory;
import org.wraparound.helping.HelpRequested;
import org.wraparound.helping.HelpUnfilled;
import org.wraparound.helping.HelpWithdrawn;
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
	private final Clock clock;

	MatchingEvents(Offering offering, Offers offers, Versions versions, HelpHistory history, Clock clock) {
		this.offering = offering;
		this.offers = offers;
		this.versions = versions;
		this.history = history;
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

	@ApplicationModuleListener
	void on(HelpCancelled event) {
		versions.bump(event.community());
		offers.closeOpen(event.request().value(), Offers.CLOSED, clock.instant());
	}

	/**
	 * The request moved: offers made before naming the old time are taken back, and it is offered afresh for the new
	 * one (heard again, the event leaves the offers made after it alone).
	 */
	@ApplicationModuleListener
	void on(HelpChanged event) {
		offers.withdrawOpenBefore(event.request().value(), event.at());
		changed(event.community(), event.request());
	}

	@ApplicationModuleListener
	void on(HelpCompleted event) {
		versions.bump(event.community());
	}

	@ApplicationModuleListener
	void on(ThanksSent event) {
		versions.bump(event.community());
	}

	/** Free slots may have changed: offers close when the request is full, and top up when a slot came free. */
	private void changed(CommunityId community, RequestId request) {
		versions.bump(community);
		offering.topUp(request);
	}
}
