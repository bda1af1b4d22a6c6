package org.wraparound.helping;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.wraparound.circles.PersonDied;

/** When the person at the centre of a circle dies, nobody should come for help they no longer need. */
@Component
class Deaths {

	private final RequestChanges requests;

	Deaths(RequestChanges requests) {
		this.requests = requests;
	}

	/** Cancels the circle's open requests; hearing the same death again cancels nothing more. */
	@ApplicationModuleListener
	void on(PersonDied event) {
		requests.cancelOpen(event.circle(), event.community());
	}
}
