package org.wraparound.volunteers;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.wraparound.helping.HelpCompleted;

/** Proposes a volunteer's hours when help they gave is completed. Idempotent: once per request and helper. */
@Component
class CompletedHelp {

	private final VolunteerHours hours;

	CompletedHelp(VolunteerHours hours) {
		this.hours = hours;
	}

	@ApplicationModuleListener
	void on(HelpCompleted event) {
		hours.propose(event);
	}
}
