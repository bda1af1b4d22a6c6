package org.wraparound.communities;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.platform.ConditionalOnDemoData;

/** The demo community's charter: a few actions planned, under way and done, with made-up partners. Once only. */
@Component
@ConditionalOnDemoData
@Order(25)
class DemoCharter implements ApplicationRunner {

	private final Charter charter;
	private final CharterActions actions;
	private final CommunityManagement communities;
	private final AccountManagement accounts;

	DemoCharter(Charter charter, CharterActions actions, CommunityManagement communities,
			AccountManagement accounts) {
		this.charter = charter;
		this.actions = actions;
		this.communities = communities;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		var claire = accounts.findByEmail(DemoCommunity.CHAMPION);
		var community = communities.all().stream().filter(c -> c.name().equals(DemoCommunity.NAME)).findFirst();
		if (claire.isEmpty() || community.isEmpty() || actions.count(community.get().id()) > 0) {
			return;
		}
		var id = community.get().id();
		for (var action : new RecordCharterAction[] {
				new RecordCharterAction(CharterSector.SCHOOLS, "A grief-support guide for teachers at Maple Grove High",
						"Maple Grove High School (made up)", CharterStatus.DONE,
						"Shared with every homeroom teacher in September."),
				new RecordCharterAction(CharterSector.PLACES_OF_WORSHIP, "A caregivers’ coffee morning after services",
						"St. Anne’s Parish (made up)", CharterStatus.UNDER_WAY, null),
				new RecordCharterAction(CharterSector.WORKPLACES, "Compassionate-leave policy with the town’s employers",
						"Maple Grove Chamber of Commerce (made up)", CharterStatus.PLANNED, null),
				new RecordCharterAction(CharterSector.MAYORS_AWARD_AND_EVENTS, "Death Café evening at the library",
						"Maple Grove Public Library (made up)", CharterStatus.DONE, "Forty people came.") }) {
			charter.record(id, claire.get().id(), action);
		}
	}
}
