package org.wraparound.volunteers;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.accounts.SignUp;
import org.wraparound.circles.SupportDomain;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.communities.Neighbourhood;
import org.wraparound.helping.HelpKind;
import org.wraparound.platform.ConditionalOnDemoData;
import org.wraparound.platform.Language;

/**
 * Thirty demo volunteers of the demo community, in every state: applied, in screening, approved, and approved with
 * a check expiring soon; spread over its neighbourhoods, speaking English, French or both, some driving (one with a
 * vehicle that takes a wheelchair). The names are made up; loading again adds nothing.
 */
@Component
@ConditionalOnDemoData
@Order(60)
class DemoVolunteers implements ApplicationRunner {

	static final String PASSWORD = "wraparound-demo";

	static final String ORIENTATION = "Orientation to Maple Grove";

	private static final Logger log = LoggerFactory.getLogger(DemoVolunteers.class);

	private static final List<String> NAMES = List.of("Amira Benali", "Ben Carter", "Chloé Lavoie", "David Chen",
			"Élise Morin", "Farid Haddad", "Grace Osei", "Hugo Pelletier", "Isabelle Roy", "James Wilson",
			"Karima Saïd", "Liam Murphy", "Manon Gagné", "Nikhil Rao", "Olivia Brown", "Pierre Côté", "Rosa Alvarez",
			"Samuel Fortin", "Tanya Singh", "Ulysse Bouchard", "Vera Novak", "William Tremblay", "Xavier Dubé",
			"Yasmin Ali", "Zoé Girard", "Aaron Cohen", "Béatrice Paquette", "Carlos Mendes", "Diane Ouellet",
			"Émile Lachance");

	private final AccountManagement accounts;
	private final CommunityManagement communities;
	private final Volunteering volunteering;
	private final VolunteerScreening screening;
	private final VolunteerTraining training;
	private final Clock clock;

	DemoVolunteers(AccountManagement accounts, CommunityManagement communities, Volunteering volunteering,
			VolunteerScreening screening, VolunteerTraining training, Clock clock) {
		this.training = training;
		this.accounts = accounts;
		this.communities = communities;
		this.volunteering = volunteering;
		this.screening = screening;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		var community = communities.findBySlug("maple-grove-compassionate-community");
		var champion = accounts.findByEmail("champion@wraparound.example");
		if (community.isEmpty() || champion.isEmpty()) {
			return;
		}
		List<Neighbourhood> places = communities.neighbourhoods(community.get().id());
		training.addCourse(community.get().id(), champion.get().id(), ORIENTATION, false);
		training.addCourse(community.get().id(), champion.get().id(), "Companioning people at the end of life", false);
		int added = 0;
		for (int i = 0; i < NAMES.size(); i++) {
			String email = "demo.volunteer%02d@wraparound.example".formatted(i + 1);
			if (accounts.findByEmail(email).isPresent()) {
				continue;
			}
			Language language = i % 3 == 1 ? Language.FR : Language.EN;
			var account = accounts.signUp(new SignUp(NAMES.get(i), email, PASSWORD, language));
			if (account.isEmpty()) {
				continue;
			}
			add(community.get(), account.get(), champion.get().id(), places, i);
			added++;
		}
		if (added > 0) {
			log.info("Added {} demo volunteers (demo.volunteer01@wraparound.example to {}, password {})", added,
					"demo.volunteer%02d@wraparound.example".formatted(NAMES.size()), PASSWORD);
		}
	}

	private void add(CommunitySummary community, AccountId volunteer, AccountId champion, List<Neighbourhood> places,
			int i) {
		volunteering.start(community.id(), volunteer);
		Neighbourhood place = places.isEmpty() ? null : places.get(i % places.size());
		boolean drives = i % 3 == 0;
		Set<String> languages = new LinkedHashSet<>(i % 3 == 1 ? List.of("fr") : i % 3 == 2 ? List.of("en", "fr")
				: List.of("en"));
		if (i % 7 == 0) {
			languages.add("spanish");
		}
		HelpKind[] kinds = HelpKind.values();
		var answers = new Answers("I would like to give back to my neighbours.",
				EnumSet.of(kinds[i % kinds.length], kinds[(i + 3) % kinds.length], drives ? HelpKind.RIDE : HelpKind.CALL),
				Set.of(SupportDomain.values()[i % SupportDomain.values().length]), "", languages,
				List.of("gardening", "music", "cooking", "reading", "walking").get(i % 5),
				place == null ? null : place.id().value(), place == null ? null : place.latitude(),
				place == null ? null : place.longitude(), 2 + (i * 7) % 24, drives, drives, drives ? 3 : null,
				drives && i == 6, slots(i), List.of(), 1 + i % 4, new Reference("A. Neighbour", "613-555-0100"),
				new Reference("B. Colleague", "colleague@example.ca"));
		volunteering.saveStep(community.id(), volunteer, Step.REFERENCES, answers);
		volunteering.send(community.id(), volunteer);
		var application = volunteering.application(community.id(), volunteer).orElseThrow();
		LocalDate today = LocalDate.now(clock.withZone(community.timeZone()));
		switch (i % 4) {
			case 1 -> screening.saveChecklist(community.id(), application.id(), champion,
					new Checklist(today.minusDays(3), true, false, CheckStatus.REQUESTED, null, null, true, false));
			case 2, 3 -> {
				LocalDate expires = i % 4 == 2 ? today.plusYears(2) : today.plusDays(5 + i % 20);
				screening.saveChecklist(community.id(), application.id(), champion, new Checklist(today.minusDays(40),
						true, true, CheckStatus.CLEAR, expires.minusYears(3), expires, true, true));
				LocalDate trained = today.minusDays(20 + i);
				orientation(community, champion).ifPresent(course -> training.record(community.id(), application.id(),
						champion, Optional.of(course), null, trained));
				if (i % 5 == 0) {
					training.record(community.id(), application.id(), champion, Optional.empty(),
							"First aid (Red Cross)", trained.minusYears(1));
				}
				screening.approve(community.id(), application.id(), champion);
			}
			default -> {
			}
		}
	}

	private Optional<UUID> orientation(CommunitySummary community, AccountId champion) {
		return training.courses(community.id(), champion).orElse(List.of()).stream()
			.filter(course -> course.name().equals(ORIENTATION)).map(Course::id).findFirst();
	}

	private static Set<AvailabilitySlot> slots(int i) {
		Set<AvailabilitySlot> slots = new LinkedHashSet<>();
		for (int n = 0; n < 5; n++) {
			slots.add(new AvailabilitySlot(DayOfWeek.of(1 + (i + n * 2) % 7), PartOfDay.values()[(i + n) % 3]));
		}
		return slots;
	}
}
