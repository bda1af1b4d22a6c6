package org.wraparound.volunteers;

import java.time.DayOfWeek;
import java.util.Optional;

/** One part of one weekday, every week, when a volunteer is usually free. */
public record AvailabilitySlot(DayOfWeek day, PartOfDay part) {

	public AvailabilitySlot {
		if (day == null || part == null) {
			throw new IllegalArgumentException("A slot needs a day and a part of the day");
		}
	}

	/** The code a form and the database use, such as {@code MONDAY-EVENING}. */
	public String code() {
		return day.name() + "-" + part.name();
	}

	/** The slot for a code such as {@code MONDAY-EVENING}, or empty when the text is not one. */
	public static Optional<AvailabilitySlot> parse(String code) {
		if (code == null || code.length() > 20) {
			return Optional.empty();
		}
		String[] parts = code.split("-", 2);
		if (parts.length != 2) {
			return Optional.empty();
		}
		try {
			return Optional.of(new AvailabilitySlot(DayOfWeek.valueOf(parts[0]), PartOfDay.valueOf(parts[1])));
		}
		catch (IllegalArgumentException notASlot) {
			return Optional.empty();
		}
	}
}
