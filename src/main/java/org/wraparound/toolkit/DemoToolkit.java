package org.wraparound.toolkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.platform.ConditionalOnDemoData;

/**
 * The demo community is a few weeks into the path: its champion ticked the first steps and part of the next, so
 * the dashboard shows progress, a next step and something overdue. Loaded once: a community with any tick is left
 * alone.
 */
@Component
@ConditionalOnDemoData
@Order(50)
class DemoToolkit implements ApplicationRunner {

	static final String COMMUNITY = "maple-grove-compassionate-community";
	static final Duration UNDER_WAY = Duration.ofDays(7 * 7);
	static final Set<String> DONE_STEPS = Set.of("why", "readiness", "core-team");
	static final Set<String> STARTED_ITEMS = Set.of("stakeholder-meeting-1", "stakeholder-meeting-2");

	private final CommunityManagement communities;
	private final AccountManagement accounts;
	private final Guides guides;
	private final Ticks ticks;
	private final TransactionTemplate transactions;
	private final Clock clock;

	DemoToolkit(CommunityManagement communities, AccountManagement accounts, Guides guides, Ticks ticks,
			TransactionTemplate transactions, Clock clock) {
		this.communities = communities;
		this.accounts = accounts;
		this.guides = guides;
		this.ticks = ticks;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		var community = communities.findBySlug(COMMUNITY);
		var champion = accounts.findByEmail("champion@wraparound.example");
		if (community.isEmpty() || champion.isEmpty() || !ticks.of(community.get().id()).isEmpty()) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			Instant started = clock.instant().minus(UNDER_WAY);
			if (!ticks.start(community.get().id(), started)) {
				ticks.moveStart(community.get().id(), started);
			}
			int day = 0;
			for (Guides.ItemRow item : guides.activeItems()) {
				if (DONE_STEPS.contains(item.step()) || STARTED_ITEMS.contains(item.key())) {
					ticks.tick(community.get().id(), item.key(), champion.get().id(),
							started.plus(Duration.ofDays(3L + 2L * day++)));
				}
			}
		});
	}
}
