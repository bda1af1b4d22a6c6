package org.wraparound.volunteers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wraparound.volunteers.Applicants.COMMUNITY;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.Demo;
import org.wraparound.HtmlChecker;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;

/** Training records: the community's courses, required ones blocking approval, and each volunteer's record. */
@WraparoundTest
class TrainingTests {

	static final String COURSES = "/volunteers/" + COMMUNITY + "/training";

	@LocalServerPort
	int port;

	@Autowired
	Volunteering volunteering;

	@Autowired
	CommunityManagement communities;

	@Autowired
	org.wraparound.accounts.AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aRequiredCourseMustBeRecordedBeforeApproval() {
		String email = Applicants.email("tess");
		Application application = applied(email, "Tess Training");
		var claire = Demo.signedIn(port, "champion@wraparound.example");
		String course = "Listening course " + UUID.randomUUID().toString().substring(0, 6);
		claire.get(COURSES);
		assertThat(claire.post(COURSES, Map.of("name", course, "required", "true")).location()).endsWith(COURSES);
		UUID courseId = jdbc.sql("select id from volunteers_course where name = ?").param(course).query(UUID.class)
			.single();
		try {
			var page = claire.get(COURSES);
			assertThat(page.body()).contains(course, "required before approval");
			assertThat(HtmlChecker.errors(page.body())).isEmpty();
			var duplicate = claire.post(COURSES, Map.of("name", course.toUpperCase()));
			assertThat(duplicate.status()).isEqualTo(200);
			assertThat(duplicate.body()).contains("already has a course with this name");

			String record = "/volunteers/" + COMMUNITY + "/" + application.id();
			screened(claire, record);
			var screen = claire.get(record);
			assertThat(screen.body()).contains("Still to complete before approval: " + course)
				.doesNotContain("action=\"" + record + "/approve\"");
			var refused = claire.post(record + "/approve", Map.of());
			assertThat(refused.body()).contains("every required course recorded");
			assertThat(status(application)).isEqualTo(VolunteerStatus.IN_SCREENING);

			LocalDate today = LocalDate.now(clock);
			var training = claire.get(record + "/training");
			assertThat(training.status()).isEqualTo(200);
			assertThat(HtmlChecker.errors(training.body())).isEmpty();
			var future = claire.post(record + "/training",
					Map.of("course", courseId.toString(), "completedOn", today.plusDays(5).toString()));
			assertThat(future.body()).contains("This day has not come yet");
			var noName = claire.post(record + "/training", Map.of("course", "outside", "completedOn", today.toString()));
			assertThat(noName.body()).contains("Type the name of the outside course");
			assertThat(HtmlChecker.errors(noName.body())).isEmpty();
			assertThat(claire.post(record + "/training", Map.of("course", UUID.randomUUID().toString(), "completedOn",
					today.toString())).body()).contains("Choose one of the courses");
			assertThat(count(application)).isZero();

			assertThat(claire.post(record + "/training", Map.of("course", courseId.toString(), "completedOn",
					today.minusDays(2).toString())).location()).endsWith(record + "/training");
			assertThat(claire.post(record + "/training", Map.of("course", "outside", "outsideName", "First aid",
					"completedOn", today.minusYears(1).toString())).status()).isEqualTo(302);
			assertThat(count(application)).isEqualTo(2);
			assertThat(claire.get(record + "/training").body()).contains(course, "First aid", "outside course");

			claire.get(record);
			assertThat(claire.post(record + "/approve", Map.of()).status()).isEqualTo(302);
			assertThat(status(application)).isEqualTo(VolunteerStatus.APPROVED);
			var own = Applicants.signedIn(port, email).get(Applicants.BASE);
			assertThat(own.body()).contains("Your training", course, "First aid");
		}
		finally {
			jdbc.sql("update volunteers_course set required = false where id = ?").param(courseId).update();
		}
	}

	@Test
	void aRecordEnteredByMistakeCanBeTakenOff() {
		String email = Applicants.email("remy");
		Application application = applied(email, "Rémy Mistake");
		var claire = Demo.signedIn(port, "champion@wraparound.example");
		String record = "/volunteers/" + COMMUNITY + "/" + application.id();
		claire.get(record + "/training");
		claire.post(record + "/training", Map.of("course", "outside", "outsideName", "Wrong course", "completedOn",
				LocalDate.now(clock).toString()));
		UUID entry = jdbc.sql("select id from volunteers_training where volunteer_id = ?").param(application.id())
			.query(UUID.class).single();
		assertThat(claire.post(record + "/training/" + entry + "/remove", Map.of()).status()).isEqualTo(302);
		assertThat(count(application)).isZero();
		assertThat(claire.post(record + "/training/" + entry + "/remove", Map.of()).status()).isEqualTo(404);
	}

	@Test
	void onlyTheCommunitysChampionsKeepTraining() {
		Application application = applied(Applicants.email("uma"), "Uma Outsider");
		String record = "/volunteers/" + COMMUNITY + "/" + application.id();
		for (String other : new String[] { "volunteer@wraparound.example", "member@wraparound.example" }) {
			Visitor visitor = Demo.signedIn(port, other);
			assertThat(visitor.get(COURSES).status()).as(other).isEqualTo(404);
			assertThat(visitor.get(record + "/training").status()).as(other).isEqualTo(404);
			visitor.get("/");
			assertThat(visitor.post(COURSES, Map.of("name", "Sneaky course")).status()).isEqualTo(404);
			assertThat(visitor.post(record + "/training", Map.of("course", "outside", "outsideName", "Sneaky",
					"completedOn", "2026-01-01")).status()).isEqualTo(404);
		}
		assertThat(count(application)).isZero();
		assertThat(jdbc.sql("select count(*) from volunteers_course where name = 'Sneaky course'").query(Long.class)
			.single()).isZero();
	}

	@Test
	void theDemoVolunteersHaveTheirOrientationRecorded() {
		var maple = maple();
		var approved = accounts.findByEmail("demo.volunteer03@wraparound.example").orElseThrow().id();
		var application = volunteering.application(maple.id(), approved).orElseThrow();
		assertThat(application.status()).isEqualTo(VolunteerStatus.APPROVED);
		assertThat(jdbc.sql("select count(*) from volunteers_training t join volunteers_course c on c.id = t.course_id "
				+ "where t.volunteer_id = ? and c.name = ?").params(application.id(), DemoVolunteers.ORIENTATION)
			.query(Long.class).single()).isEqualTo(1);
	}

	private void screened(Visitor claire, String record) {
		LocalDate today = LocalDate.now(clock);
		Map<String, String> checklist = new HashMap<>(Map.of("interviewOn", today.toString(), "reference1Checked",
				"true", "reference2Checked", "true", "checkStatus", "CLEAR", "confidentiality", "true", "orientation",
				"true"));
		checklist.put("checkOn", today.minusDays(10).toString());
		checklist.put("checkExpiresOn", today.plusYears(3).toString());
		claire.get(record);
		assertThat(claire.post(record + "/checklist", checklist).status()).isEqualTo(302);
	}

	private long count(Application application) {
		return jdbc.sql("select count(*) from volunteers_training where volunteer_id = ?").param(application.id())
			.query(Long.class).single();
	}

	private Application applied(String email, String name) {
		var visitor = Applicants.signedUp(port, name, email);
		Applicants.applied(visitor, communities.neighbourhoods(maple().id()).get(0).id().toString());
		return volunteering.application(maple().id(), accounts.findByEmail(email).orElseThrow().id()).orElseThrow();
	}

	private VolunteerStatus status(Application application) {
		return volunteering.application(application.community(), application.account()).orElseThrow().status();
	}

	private CommunitySummary maple() {
		return communities.findBySlug(COMMUNITY).orElseThrow();
	}
}
