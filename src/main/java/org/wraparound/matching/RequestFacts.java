package org.wraparound.matching;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What every candidate is checked against, worked out once per request: the part-days the request covers in the
 * community's zone (empty when part of it falls at night, so nobody is free then), the local days it touches, its
 * ISO week and its point as a unit vector.
 */
record RequestFacts(MatchRequest request, Set<Slot> slots, int slotMask, List<LocalDate> days, long week,
		double[] point) {

	static RequestFacts of(MatchRequest request) {
		LocalDateTime start = request.startsAt().atZone(request.zone()).toLocalDateTime();
		LocalDateTime end = request.endsAt().atZone(request.zone()).toLocalDateTime();
		Set<Slot> slots = new LinkedHashSet<>();
		LocalDateTime at = start;
		while (at.isBefore(end)) {
			Optional<PartOfDay> part = PartOfDay.at(at.toLocalTime());
			if (part.isEmpty()) {
				slots.clear();
				break;
			}
			slots.add(new Slot(at.getDayOfWeek(), part.get()));
			LocalDateTime partEnds = at.toLocalDate().atTime(part.get().end());
			at = partEnds.isBefore(end) ? partEnds : end;
		}
		int mask = 0;
		for (Slot slot : slots) {
			mask |= slot.bit();
		}
		List<LocalDate> days = new ArrayList<>();
		LocalDate last = end.minusNanos(1).toLocalDate();
		for (LocalDate day = start.toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
			days.add(day);
		}
		return new RequestFacts(request, Set.copyOf(slots), mask, List.copyOf(days),
				weekOf(request.startsAt().atZone(request.zone())),
				Geo.unit(request.latitude(), request.longitude()));
	}

	static long weekOf(ZonedDateTime time) {
		return time.get(IsoFields.WEEK_BASED_YEAR) * 100L + time.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
	}

	/** False when the request reaches into the night (22–06): nobody is counted free then. */
	boolean withinPartDays() {
		return !slots.isEmpty();
	}
}
