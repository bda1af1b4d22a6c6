package org.wraparound.volunteers;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountId;

/** Hears the volunteers module's events published while the tests run, so a test can see what listeners receive. */
@Component
class VolunteerEventsHeard {

	private final List<Object> heard = new CopyOnWriteArrayList<>();

	@EventListener
	void on(VolunteerApplied event) {
		heard.add(event);
	}

	@EventListener
	void on(VolunteerApproved event) {
		heard.add(event);
	}

	@EventListener
	void on(HoursLogged event) {
		heard.add(event);
	}

	<T> List<T> about(Class<T> type, AccountId volunteer) {
		return heard.stream().filter(type::isInstance).map(type::cast)
			.filter(event -> event.toString().contains(volunteer.toString())).toList();
	}
}
