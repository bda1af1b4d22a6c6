package org.wraparound.volunteers;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.wraparound.circles.SupportDomain;
import org.wraparound.helping.HelpKind;

/**
 * What an applicant wrote, step by step. Fields of steps not done yet are empty: blank texts, empty sets,
 * {@code null} numbers.
 *
 * @param languages codes such as {@code en}, {@code fr}, and any others written in lower case
 * @param neighbourhood where they live, chosen from the community's list; {@code latitude} and {@code longitude}
 * are its centre
 * @param travelKm how far they will go, 1 to 100
 * @param weeklyLimit the most commitments a week, 1 to 14
 */
public record Answers(String motivation, Set<HelpKind> kinds, Set<SupportDomain> domains, String skills,
		Set<String> languages, String interests, UUID neighbourhood, Double latitude, Double longitude,
		Integer travelKm, boolean licence, boolean vehicle, Integer seats, boolean wheelchairVehicle,
		Set<AvailabilitySlot> availability, List<DateRange> away, Integer weeklyLimit, Reference reference1,
		Reference reference2) {

	public static final Answers EMPTY = new Answers("", Set.of(), Set.of(), "", Set.of(), "", null, null, null, null,
			false, false, null, false, Set.of(), List.of(), null, Reference.NONE, Reference.NONE);

	public Answers {
		kinds = Set.copyOf(kinds);
		domains = Set.copyOf(domains);
		languages = Set.copyOf(languages);
		availability = Set.copyOf(availability);
		away = List.copyOf(away);
	}

	/** True for someone who can drive others: a licence and a vehicle. */
	public boolean drives() {
		return licence && vehicle;
	}
}
