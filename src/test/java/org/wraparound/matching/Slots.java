package org.wraparound.matching;

import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.Set;

/** Availability grids for tests. */
final class Slots {

	static final Set<Slot> ALL = every();

	private Slots() {
	}

	private static Set<Slot> every() {
		Set<Slot> all = new HashSet<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			for (PartOfDay part : PartOfDay.values()) {
				all.add(new Slot(day, part));
			}
		}
		return Set.copyOf(all);
	}
}
