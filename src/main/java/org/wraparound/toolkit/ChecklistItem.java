package org.wraparound.toolkit;

import java.time.Instant;
import java.util.Optional;

/** One thing to do in a step, in the reader's language, and whether (and by whom, when) the community ticked it. */
public record ChecklistItem(String key, String label, Optional<Ticked> ticked) {

	/** Who ticked an item, by the name people know them by, and when. */
	public record Ticked(String by, Instant at) {
	}

	public boolean done() {
		return ticked.isPresent();
	}
}
