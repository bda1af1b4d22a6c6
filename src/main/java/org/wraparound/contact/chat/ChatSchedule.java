package org.wraparound.contact.chat;

import java.util.List;
import java.util.stream.Collectors;

/** The office hours staff set, with the names of the holidays (the rule itself only needs their dates). */
public record ChatSchedule(OfficeHours hours, List<Holiday> holidays) {

	public ChatSchedule {
		holidays = List.copyOf(holidays);
	}

	/** The hours with every holiday in them. */
	public OfficeHours rule() {
		return new OfficeHours(hours.zone(), hours.days(), hours.opens(), hours.closes(),
				holidays.stream().map(Holiday::day).collect(Collectors.toSet()));
	}
}
