package org.wraparound.communities;

import java.time.ZoneId;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.platform.ConditionalOnDemoData;

/**
 * The demo community, led by the demo champion. A made-up place; loading again adds nothing. Runs after the demo
 * accounts exist.
 */
@Component
@ConditionalOnDemoData
@Order(20)
class DemoCommunity implements ApplicationRunner {

	static final String NAME = "Maple Grove Compassionate Community";
	static final String CHAMPION = "champion@wraparound.example";

	private final CommunityManagement communities;
	private final AccountManagement accounts;

	DemoCommunity(CommunityManagement communities, AccountManagement accounts) {
		this.communities = communities;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (communities.findBySlug(Slugs.of(NAME)).isPresent()) {
			return;
		}
		accounts.findByEmail(CHAMPION).ifPresent(champion -> communities.start(new StartCommunity(NAME,
				"Maple Grove, Ontario (a made-up town)", ZoneId.of("America/Toronto"), champion.id())));
	}
}
