package org.wraparound.volunteers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wraparound.volunteers.Applicants.COMMUNITY;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.Demo;
import org.wraparound.HtmlChecker;
import org.wraparound.TestMail;

import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;

/** A champion screens applicants: the checklist, approving only when all is done, declining with a mailed reason. */
@WraparoundTest
class ScreeningTests {

	static final String LIST = "/volunteers/" + COMMUNITY;

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

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aChampionApprovesOnlyOnceEveryStepIsDone() {
		String email = Applicants.email("olga");
		Application application = applied(email, "Olga Petrov");
		var claire = Demo.signedIn(port, "champion@wraparound.example");
		var list = claire.get(LIST);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("Olga Petrov");
		assertThat(HtmlChecker.errors(list.body())).isEmpty();
		String record = LIST + "/" + application.id();
		var page = claire.get(record);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Olga Petrov", "Ann Lee", "Never upload, copy or type the document");
		assertThat(page.body()).doesNotContain("type=\"file\"");
		assertThat(HtmlChecker.errors(page.body())).isEmpty();
		assertThat(jdbc.sql("select count(*) from audit_entry where record_id = ? and action = 'VIEWED'")
			.param(application.id().toString()).query(Long.class).single()).isPositive();

		LocalDate today = LocalDate.now(clock);
		Map<String, String> checklist = new HashMap<>(Map.of("interviewOn", today.toString(), "reference1Checked",
				"true", "reference2Checked", "true", "checkStatus", "REQUESTED", "confidentiality", "true"));
		assertThat(claire.post(record + "/checklist", checklist).status()).isEqualTo(302);
		assertThat(status(application)).isEqualTo(VolunteerStatus.IN_SCREENING);
		claire.get(record);
		var early = claire.post(record + "/approve", Map.of());
		assertThat(early.status()).isEqualTo(200);
		assertThat(early.body()).contains("Every screening step must be done");
		assertThat(status(application)).isEqualTo(VolunteerStatus.IN_SCREENING);

		checklist.put("checkStatus", "CLEAR");
		checklist.put("checkOn", today.minusDays(10).toString());
		checklist.put("checkExpiresOn", today.minusDays(20).toString());
		var wrongOrder = claire.post(record + "/checklist", checklist);
		assertThat(wrongOrder.body()).contains("The expiry date must come after the date of the check");
		assertThat(HtmlChecker.errors(wrongOrder.body())).isEmpty();
		checklist.put("checkExpiresOn", today.plusYears(3).toString());
		checklist.put("orientation", "true");
		assertThat(claire.post(record + "/checklist", checklist).status()).isEqualTo(302);
		claire.get(record);
		assertThat(claire.post(record + "/approve", Map.of()).location()).endsWith(LIST);
		assertThat(status(application)).isEqualTo(VolunteerStatus.APPROVED);
		assertThat(heard.about(VolunteerApproved.class, application.account())).hasSize(1);
		assertThat(volunteering.approvedVolunteers(maple().id())).anySatisfy(profile -> {
			assertThat(profile.account()).isEqualTo(application.account());
			assertThat(profile.travelKm()).isEqualTo(12);
			assertThat(profile.languages()).contains("en", "fr");
			assertThat(profile.drives()).isTrue();
			assertThat(profile.weeklyLimit()).isEqualTo(2);
			assertThat(profile.interests()).contains("gardening", "music");
		});
	}

	@Test
	void aDeclinedApplicantIsMailedTheReason() {
		String email = Applicants.email("victor");
		Application application = applied(email, "Victor Hugo");
		var claire = Demo.signedIn(port, "champion@wraparound.example");
		String record = LIST + "/" + application.id();
		claire.get(record);
		var empty = claire.post(record + "/decline", Map.of("reason", " "));
		assertThat(empty.body()).contains("Please give a reason");
		assertThat(HtmlChecker.errors(empty.body())).isEmpty();
		assertThat(claire.post(record + "/decline", Map.of("reason", "We have no rides to offer in your area yet."))
			.location()).endsWith(LIST);
		assertThat(status(application)).isEqualTo(VolunteerStatus.DECLINED);
		var mail = TestMail.awaitMailTo(email, "We have no rides to offer");
		assertThat(TestMail.text(mail)).contains("Maple Grove");
		var own = Applicants.signedIn(port, email).get(Applicants.BASE);
		assertThat(own.body()).contains("Not accepted", "We have no rides to offer");
	}

	@Test
	void onlyTheCommunitysChampionsReachItsVolunteers() {
		String email = Applicants.email("quentin");
		Application application = applied(email, "Quentin Roy");
		String record = LIST + "/" + application.id();
		for (String other : new String[] { "volunteer@wraparound.example", "member@wraparound.example" }) {
			var visitor = Demo.signedIn(port, other);
			assertThat(visitor.get(LIST).status()).as(other).isEqualTo(404);
			assertThat(visitor.get(record).status()).as(other).isEqualTo(404);
			visitor.get("/");
			assertThat(visitor.post(record + "/approve", Map.of()).status()).isEqualTo(404);
			assertThat(visitor.post(record + "/decline", Map.of("reason", "no")).status()).isEqualTo(404);
		}
		var self = Applicants.signedIn(port, email);
		assertThat(self.get(record).status()).as("not even the applicant").isEqualTo(404);
		var claire = Demo.signedIn(port, "champion@wraparound.example");
		assertThat(claire.get(LIST + "/not-an-id").status()).isEqualTo(404);
		assertThat(claire.get(LIST + "/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(claire.get("/volunteers/nowhere/" + application.id()).status()).isEqualTo(404);
		assertThat(status(application)).isEqualTo(VolunteerStatus.APPLIED);

		// A draft is its writer's alone, even for a champion.
		String drafter = Applicants.email("drafter");
		var drafting = Applicants.signedUp(port, "Dana Draft", drafter);
		Applicants.start(drafting);
		var draft = volunteering.application(maple().id(), account(drafter)).orElseThrow();
		assertThat(claire.get(LIST + "/" + draft.id()).status()).isEqualTo(404);
	}

	private Application applied(String email, String name) {
		var visitor = Applicants.signedUp(port, name, email);
		Applicants.applied(visitor, communities.neighbourhoods(maple().id()).get(0).id().toString());
		return volunteering.application(maple().id(), account(email)).orElseThrow();
	}

	private VolunteerStatus status(Application application) {
		return volunteering.application(application.community(), application.account()).orElseThrow().status();
	}

	private AccountId account(String email) {
		return accounts.findByEmail(email).orElseThrow().id();
	}

	private CommunitySummary maple() {
		return communities.findBySlug(COMMUNITY).orElseThrow();
	}

}
