package org.wraparound.circles;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Hears every {@link PersonDied} published while the tests run, so a test can see what listeners receive. */
@Component
class DeathsHeard {

	private final List<PersonDied> heard = new CopyOnWriteArrayList<>();

	@EventListener
	void on(PersonDied event) {
		heard.add(event);
	}

	List<PersonDied> about(CircleId circle) {
		return heard.stream().filter(event -> event.circle().equals(circle)).toList();
	}
}
