package org.wraparound.matching;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.helping.HelpHistory;
import org.wraparound.helping.RequestSummary;
import org.wraparound.platform.ConditionalOnDemoData;

/**
 * Open offers in the demo: the demo community's coming requests offered to the best few demo volunteers (as the
 * listeners would), and the ones Sam has not taken offered to Sam too, so that Sam's page shows offers to answer.
 * Loading again adds nothing: an offer is made once per request and volunteer.
 */
@Component
@ConditionalOnDemoData
@Order(70)
class DemoOffers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOffers.class);

	private final CommunityManagement communities;
	private final AccountManagement accounts;
	private final HelpHistory history;
	private final Offering offering;
	private final Clock clock;

	DemoOffers(CommunityManagement communities, AccountManagement accounts, HelpHistory history, Offering offering,
			Clock clock) {
		this.communities = communities;
		this.accounts = accounts;
		this.history = history;
		this.offering = offering;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		var community = communities.findBySlug("maple-grove-compassionate-community");
		var sam = accounts.findByEmail("volunteer@wraparound.example");
		if (community.isEmpty() || sam.isEmpty()) {
			return;
		}
		List<RequestSummary> open = history.openIn(community.get().id(), clock.instant(), 20);
		int made = 0;
		for (RequestSummary request : open) {
			made += offering.topUp(request.id());
		}
		int forSam = 0;
		for (RequestSummary request : open.subList(0, Math.min(3, open.size()))) {
			boolean samHelps = history.commitmentsOf(sam.get().id()).stream()
				.anyMatch(past -> past.request().equals(request.id()));
			if (!samHelps && offering.offerForDemo(request.id(), sam.get().id())) {
				forSam++;
			}
		}
		if (made + forSam > 0) {
			log.info("Offered {} demo requests to volunteers ({} to volunteer@wraparound.example)", made + forSam,
					forSam);
		}
	}
}
