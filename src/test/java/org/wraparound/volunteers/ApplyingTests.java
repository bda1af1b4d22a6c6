package org.wraparound.volunteers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wraparound.volunteers.Applicants.BASE;
import static org.wraparound.volunteers.Applicants.COMMUNITY;
import static org.wraparound.volunteers.Applicants.step;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wraparound.HtmlChecker;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.helping.HelpKind;

/** The "volunteer with us" journey over real HTTP: steps saved as drafts, bad input, sending. */
@WraparoundTest
class ApplyingTests {

	@LocalServerPort
	int port;

	@Autowired
	Volunteering volunteering;

	@Autowired
	CommunityManagement communities;

	@Autowired
	AccountManagement accounts;

	@Autowired
	VolunteerEventsHeard heard;

	@Test
	void aNewcomerLeavesHalfwayAndFinishesAfterSigningInAgain() {
		String email = Applicants.email("ines");
		var ines = Applicants.signedUp(port, "Inès Gagnon", email);
		var start = ines.get("/volunteer");
		assertThat(start.status()).isEqualTo(200);
		assertThat(start.body()).contains("Volunteer with Maple Grove");
		assertThat(HtmlChecker.errors(start.body())).isEmpty();
		Applicants.start(ines);
		assertThat(ines.get(BASE).location()).endsWith(BASE + "/motivation");
		Applicants.firstSteps(ines);

		// She signs out (a new session) and comes back another day.
		var later = Applicants.signedIn(port, email);
		assertThat(later.get(BASE).location()).endsWith(BASE + "/place");
		var motivation = later.get(BASE + "/motivation");
		assertThat(motivation.body()).contains("I have time and I like people.");
		var skills = later.get(BASE + "/skills");
		assertThat(skills.body()).contains("Spanish", "gardening, music");
		assertThat(HtmlChecker.errors(skills.body())).isEmpty();
		var place = later.get(BASE + "/place");
		assertThat(HtmlChecker.errors(place.body())).isEmpty();
		assertThat(later.get(BASE + "/references").location()).endsWith(BASE);

		Applicants.lastSteps(later, neighbourhood(0));
		var review = later.get(BASE + "/review");
		assertThat(review.body()).contains("Cooking", "12 km", "Monday, Morning", "2031-07-01", "Ann Lee");
		assertThat(HtmlChecker.errors(review.body())).isEmpty();
		assertThat(later.post(BASE + "/send", java.util.Map.of()).location()).endsWith(BASE);
		var sent = later.get(BASE);
		assertThat(sent.body()).contains("Your application is sent", "Sent, waiting for a champion");
		assertThat(HtmlChecker.errors(sent.body())).isEmpty();

		var application = volunteering.application(maple().id(), account(email)).orElseThrow();
		assertThat(application.status()).isEqualTo(VolunteerStatus.APPLIED);
		Answers answers = application.answers();
		assertThat(answers.kinds()).containsExactlyInAnyOrder(HelpKind.MEAL, HelpKind.RIDE);
		assertThat(answers.languages()).containsExactlyInAnyOrder("en", "fr", "spanish");
		assertThat(answers.travelKm()).isEqualTo(12);
		assertThat(answers.drives()).isTrue();
		assertThat(answers.wheelchairVehicle()).isTrue();
		assertThat(answers.availability()).containsExactlyInAnyOrder(
				new AvailabilitySlot(DayOfWeek.MONDAY, PartOfDay.MORNING),
				new AvailabilitySlot(DayOfWeek.SATURDAY, PartOfDay.EVENING));
		assertThat(answers.away()).containsExactly(new DateRange(LocalDate.of(2031, 7, 1), LocalDate.of(2031, 7, 14)));
		assertThat(answers.latitude()).isEqualTo(communities.neighbourhoods(maple().id()).get(0).latitude());
		assertThat(heard.about(VolunteerApplied.class, application.account())).singleElement()
			.satisfies(event -> assertThat(event.community()).isEqualTo(maple().id()));
	}

	@Test
	void badAnswersAreExplainedBesideTheFieldAndNothingIsSaved() {
		String email = Applicants.email("bad");
		var visitor = Applicants.signedUp(port, "Bad Input", email);
		Applicants.start(visitor);
		Applicants.firstSteps(visitor);
		assertThat(step(visitor, "place", "neighbourhood", "not-a-place").body())
			.contains("Please choose your neighbourhood from the list");
		for (String[] outside : new String[][] { { "95", "-79.7" }, { "44.3", "181" }, { "north", "west" },
				{ "", "" }, { "NaN", "Infinity" } }) {
			var page = step(visitor, "place", "neighbourhood", "map", "latitude", outside[0], "longitude", outside[1]);
			assertThat(page.status()).as(outside[0]).isEqualTo(200);
			assertThat(page.body()).as(outside[0] + ", " + outside[1])
				.containsAnyOf("type a latitude from -90 to 90", "type a longitude from -180 to 180")
				.contains("id=\"place-map\"", "value=\"" + outside[0] + "\"");
			assertThat(HtmlChecker.errors(page.body())).isEmpty();
		}
		assertThat(step(visitor, "place", "neighbourhood", "map", "latitude", "44.37123", "longitude", "-79.70987")
			.status()).isEqualTo(302);
		var onTheMap = volunteering.application(maple().id(), accounts.findByEmail(email).orElseThrow().id())
			.orElseThrow().answers();
		assertThat(onTheMap.neighbourhood()).isNull();
		assertThat(onTheMap.latitude()).as("an approximate place only").isEqualTo(44.371);
		assertThat(onTheMap.longitude()).isEqualTo(-79.71);
		assertThat(visitor.get(Applicants.BASE + "/place").body()).contains("value=\"44.371\"",
				"value=\"map\" checked");
		assertThat(step(visitor, "place", "neighbourhood", neighbourhood(1)).status()).isEqualTo(302);
		for (String radius : new String[] { "0", "10000", "-3", "" }) {
			var page = step(visitor, "travel", "travelKm", radius);
			assertThat(page.status()).as(radius).isEqualTo(200);
			assertThat(page.body()).contains("Please enter a distance from 1 to 100 km", "aria-invalid=\"true\"");
			assertThat(HtmlChecker.errors(page.body())).isEmpty();
		}
		assertThat(step(visitor, "travel", "travelKm", "far").body()).contains("Please enter a distance");
		assertThat(step(visitor, "travel", "travelKm", "5").status()).isEqualTo(302);
		var grid = step(visitor, "time", "slots", "FUNDAY-MORNING", "slots", "MONDAY-NOON", "weeklyLimit", "2");
		assertThat(grid.status()).isEqualTo(200);
		assertThat(grid.body()).contains("Please tick at least one part of the week");
		var reversed = step(visitor, "time", "slots", "MONDAY-MORNING", "weeklyLimit", "2", "awayFrom", "2031-07-14",
				"awayTo", "2031-07-01");
		assertThat(reversed.body()).contains("The last day away cannot come before the first day");
		var limit = step(visitor, "time", "slots", "MONDAY-MORNING", "weeklyLimit", "15");
		assertThat(limit.body()).contains("Please enter a number from 1 to 14");
		assertThat(HtmlChecker.errors(limit.body())).isEmpty();
		var refs = visitor.get(BASE + "/references");
		assertThat(refs.location()).as("the time step was never saved").endsWith(BASE);
		var application = volunteering.application(maple().id(), account(email)).orElseThrow();
		assertThat(application.answers().availability()).isEmpty();
		assertThat(application.answers().travelKm()).isEqualTo(5);
		assertThat(application.resumeAt()).contains(Step.TIME);
		assertThat(visitor.post(BASE + "/send", java.util.Map.of()).status()).isEqualTo(302);
		assertThat(volunteering.application(maple().id(), account(email)).orElseThrow().status())
			.isEqualTo(VolunteerStatus.DRAFT);
	}

	@Test
	void unknownStepsAndCommunitiesAreNotFound() {
		var visitor = Applicants.signedUp(port, "Lost Person", Applicants.email("lost"));
		assertThat(visitor.get("/volunteer/nowhere-at-all/motivation").status()).isEqualTo(404);
		assertThat(visitor.get(BASE + "/motivation").status()).as("no draft started").isEqualTo(404);
		Applicants.start(visitor);
		assertThat(visitor.get(BASE + "/flying").status()).isEqualTo(404);
		assertThat(new org.wraparound.Visitor(port).get("/volunteer").status()).isEqualTo(302);
	}

	private String neighbourhood(int index) {
		return communities.neighbourhoods(maple().id()).get(index).id().toString();
	}

	private CommunitySummary maple() {
		return communities.findBySlug(COMMUNITY).orElseThrow();
	}

	private org.wraparound.accounts.AccountId account(String email) {
		return accounts.findByEmail(email).orElseThrow().id();
	}
}
