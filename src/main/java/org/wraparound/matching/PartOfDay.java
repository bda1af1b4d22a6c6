package org.wraparound.matching;

import java.time.LocalTime;
import java.util.Optional;

/** The three parts of a day a volunteer can say they are free: morning 06–12, afternoon 12–17, evening 17–22. */
enum PartOfDay {

	MORNING(6, 12), AFTERNOON(12, 17), EVENING(17, 22);

	private final int fromHour;

	private final int toHour;

	PartOfDay(int fromHour, int toHour) {
		this.fromHour = fromHour;
		this.toHour = toHour;
	}

	/** The part of day a moment of local time falls in, empty at night (22–06). */
	static Optional<PartOfDay> at(LocalTime time) {
		for (PartOfDay part : values()) {
			if (time.getHour() >= part.fromHour && time.getHour() < part.toHour) {
				return Optional.of(part);
			}
		}
		return Optional.empty();
	}

	LocalTime end() {
		return LocalTime.of(toHour, 0);
	}
}
