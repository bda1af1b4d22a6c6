package org.wraparound.matching;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.accounts.SignUp;
import org.wraparound.circles.SupportDomain;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.communities.Neighbourhood;
import org.wraparound.helping.HelpKind;
import org.wraparound.platform.Language;
import org.wraparound.volunteers.Answers;
import org.wraparound.volunteers.AvailabilitySlot;
import org.wraparound.volunteers.CheckStatus;
import org.wraparound.volunteers.Checklist;
import org.wraparound.volunteers.PartOfDay;
import org.wraparound.volunteers.Reference;
import org.wraparound.volunteers.Step;
import org.wraparound.volunteers.VolunteerScreening;
import org.wraparound.volunteers.Volunteering;

/**
 * Approved volunteers of the demo community for the offer tests, made once through the volunteers module as a
 * champion would: living in Old Mill (Maggie's neighbourhood), free every part-day, speaking French and English,
 * able to visit, call or cook.
 */
public final class OfferVolunteers {

	static final String PASSWORD = "wraparound-demo";

	private OfferVolunteers() {
	}

	public static List<AccountId> approved(int count, AccountManagement accounts, CommunityManagement communities,
			Volunteering volunteering, VolunteerScreening screening, java.time.Clock clock) {
		CommunitySummary community = communities.findBySlug("maple-grove-compassionate-community").orElseThrow();
		AccountId champion = accounts.findByEmail("champion@wraparound.example").orElseThrow().id();
		Neighbourhood oldMill = communities.neighbourhoods(community.id()).stream()
			.filter(place -> place.name().equals("Old Mill")).findFirst().orElseThrow();
		java.util.ArrayList<AccountId> made = new java.util.ArrayList<>();
		for (int i = 1; i <= count; i++) {
			String email = "offers.volunteer%02d@wraparound.example".formatted(i);
			var existing = accounts.findByEmail(email);
			if (existing.isPresent()) {
				made.add(existing.get().id());
				continue;
			}
			AccountId volunteer = accounts.signUp(new SignUp("Offer Volunteer " + i, email, PASSWORD, Language.EN))
				.orElseThrow();
			volunteering.start(community.id(), volunteer);
			var answers = new Answers("To help my neighbours.", EnumSet.of(HelpKind.VISIT, HelpKind.CALL, HelpKind.MEAL),
					Set.of(SupportDomain.SOCIAL), "", new HashSet<>(List.of("fr", "en")), "gardening",
					oldMill.id().value(), oldMill.latitude(), oldMill.longitude(), 10, false, false, null, false,
					everyPartDay(), List.of(), 7, new Reference("A. Neighbour", "613-555-0100"),
					new Reference("B. Colleague", "colleague@example.ca"));
			volunteering.saveStep(community.id(), volunteer, Step.REFERENCES, answers);
			volunteering.send(community.id(), volunteer);
			var application = volunteering.application(community.id(), volunteer).orElseThrow();
			LocalDate today = LocalDate.now(clock);
			screening.saveChecklist(community.id(), application.id(), champion, new Checklist(today.minusDays(40),
					true, true, CheckStatus.CLEAR, today.minusYears(1), today.plusYears(2), true, true));
			screening.approve(community.id(), application.id(), champion);
			made.add(volunteer);
		}
		return made;
	}

	private static Set<AvailabilitySlot> everyPartDay() {
		Set<AvailabilitySlot> slots = new HashSet<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			for (PartOfDay part : PartOfDay.values()) {
				slots.add(new AvailabilitySlot(day, part));
			}
		}
		return slots;
	}
}
