package org.wraparound.toolkit;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.wraparound.communities.CommunityCreated;

/** A new community sets out on the path the moment it is created: suggested weeks count from then. */
@Component
class Starts {

	private final Ticks ticks;

	Starts(Ticks ticks) {
		this.ticks = ticks;
	}

	@ApplicationModuleListener
	void on(CommunityCreated event) {
		ticks.start(event.community(), event.at());
	}
}
