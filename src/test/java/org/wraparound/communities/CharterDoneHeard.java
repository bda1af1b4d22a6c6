package org.wraparound.communities;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Hears every {@link CharterActionDone} published while the tests run. */
@Component
class CharterDoneHeard {

	private final List<CharterActionDone> heard = new CopyOnWriteArrayList<>();

	@EventListener
	void on(CharterActionDone event) {
		heard.add(event);
	}

	List<CharterActionDone> about(UUID action) {
		return heard.stream().filter(event -> event.action().equals(action)).toList();
	}
}
