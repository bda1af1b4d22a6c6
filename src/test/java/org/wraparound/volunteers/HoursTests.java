package org.wraparound.volunteers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wraparound.volunteers.Applicants.BASE;
import static org.wraparound.volunteers.Applicants.COMMUNITY;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wraparound.Demo;
import org.wraparound.HtmlChecker;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.circles.CircleId;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.helping.HelpCompleted;
import org.wraparound.helping.HelpKind;
import org.wraparound.helping.RequestId;

/** Hours: proposed from completed help, added by hand, approved or corrected by a champion, then on the PDF. */
@WraparoundTest
class HoursTests {

	@LocalServerPort
	int port;

	@Autowired
	Volunteering volunteering;

	@Autowired
	VolunteerScreening screening;

	@Autowired
	VolunteerHours hours;

	@Autowired
	CommunityManagement communities;

	@Autowired
	AccountManagement accounts;

	@Autowired
	VolunteerEventsHeard heard;

	@Autowired
	Clock clock;

	@Test
	void approvedHoursMakeTheStatement() throws IOException {
		String email = Applicants.email("henri");
		var henri = Applicants.signedUp(port, "Henri Blais", email);
		Application application = approved(henri, email);
		AccountId volunteer = application.account();

		Instant start = clock.instant().minus(Duration.ofDays(2));
		var help = new HelpCompleted(maple().id(), new CircleId(UUID.randomUUID()), new RequestId(UUID.randomUUID()),
				HelpKind.RIDE, HelpKind.RIDE.domain(), start, start.plus(Duration.ofMinutes(90)), volunteer,
				clock.instant());
		assertThat(hours.propose(help)).isTrue();
		assertThat(hours.propose(help)).as("once per request").isFalse();
		var stranger = new HelpCompleted(maple().id(), help.circle(), new RequestId(UUID.randomUUID()), HelpKind.MEAL,
				HelpKind.MEAL.domain(), start, start.plus(Duration.ofHours(1)),
				accounts.findByEmail("member@wraparound.example").orElseThrow().id(), clock.instant());
		assertThat(hours.propose(stranger)).as("not a volunteer").isFalse();

		var mine = henri.get(BASE + "/hours");
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.body()).contains("A ride", "1:30", "Waiting for approval");
		assertThat(HtmlChecker.errors(mine.body())).isEmpty();
		var bad = henri.post(BASE + "/hours", Map.of("day", LocalDate.now(clock).plusDays(3).toString(), "hours",
				"40", "activity", ""));
		assertThat(bad.body()).contains("The day cannot be in the future", "Please enter hours as a number",
				"Please say what you did");
		assertThat(HtmlChecker.errors(bad.body())).isEmpty();
		assertThat(henri.post(BASE + "/hours", Map.of("day", LocalDate.now(clock).minusDays(1).toString(), "hours",
				"2,5", "activity", "Folding flyers for the fair")).status()).isEqualTo(302);

		var claire = Demo.signedIn(port, "champion@wraparound.example");
		var toApprove = claire.get("/volunteers/" + COMMUNITY + "/hours");
		assertThat(toApprove.body()).contains("Henri Blais", "Folding flyers for the fair", "value=\"2.5\"");
		assertThat(HtmlChecker.errors(toApprove.body())).isEmpty();
		var entries = hours.mine(maple().id(), volunteer).orElseThrow();
		var ride = entries.stream().filter(entry -> entry.kind() == HelpKind.RIDE).findFirst().orElseThrow();
		var flyers = entries.stream().filter(entry -> entry.kind() == null).findFirst().orElseThrow();
		assertThat(claire.post("/volunteers/" + COMMUNITY + "/hours/" + ride.id(), Map.of("minutes", "lots")).body())
			.contains("Please enter hours as a number");
		assertThat(claire.post("/volunteers/" + COMMUNITY + "/hours/" + ride.id(), Map.of("minutes", "2")).status())
			.isEqualTo(302);
		assertThat(heard.about(HoursLogged.class, volunteer)).singleElement()
			.satisfies(event -> assertThat(event.minutes()).isEqualTo(120));
		var sam = Demo.signedIn(port, "volunteer@wraparound.example");
		sam.get("/");
		assertThat(sam.post("/volunteers/" + COMMUNITY + "/hours/" + flyers.id(), Map.of("minutes", "2")).status())
			.isEqualTo(404);

		var download = henri.download(BASE + "/hours.pdf");
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("pdf"));
		try (PDDocument document = Loader.loadPDF(download.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Henri Blais", "Maple Grove", "A ride", "2:00", "Total: 2:00 hours");
			assertThat(text).as("not approved yet").doesNotContain("Folding flyers");
		}
	}

	@Test
	void onlyApprovedVolunteersHaveHours() {
		var visitor = Applicants.signedUp(port, "Not Yet", Applicants.email("notyet"));
		assertThat(visitor.get(BASE + "/hours").status()).isEqualTo(404);
		assertThat(visitor.download(BASE + "/hours.pdf").status()).isEqualTo(404);
		assertThat(Demo.signedIn(port, "volunteer@wraparound.example").get("/volunteers/" + COMMUNITY + "/hours")
			.status()).isEqualTo(404);
	}

	private Application approved(org.wraparound.Visitor visitor, String email) {
		Applicants.applied(visitor, communities.neighbourhoods(maple().id()).get(2).id().toString());
		AccountId claire = accounts.findByEmail("champion@wraparound.example").orElseThrow().id();
		var application = volunteering.application(maple().id(), accounts.findByEmail(email).orElseThrow().id())
			.orElseThrow();
		LocalDate today = LocalDate.now(clock);
		assertThat(screening.saveChecklist(maple().id(), application.id(), claire, new Checklist(today, true, true,
				CheckStatus.CLEAR, today.minusDays(3), today.plusYears(2), true, true))).isTrue();
		assertThat(screening.approve(maple().id(), application.id(), claire)).isTrue();
		return application;
	}

	private CommunitySummary maple() {
		return communities.findBySlug(COMMUNITY).orElseThrow();
	}
}
