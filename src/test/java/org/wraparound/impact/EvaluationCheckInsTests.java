package org.wraparound.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.Demo;
import org.wraparound.HtmlChecker;
import org.wraparound.TestClock;
import org.wraparound.TestMail;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;

/**
 * Evaluation check-ins: the daily job (run by hand, with the test clock) mails the demo caregiver a month after her
 * circle opened; she answers without signing in, once; the answers show, added up, on the champion's page.
 */
@WraparoundTest
class EvaluationCheckInsTests {

	@LocalServerPort
	int port;

	@Autowired
	EvaluationCheckIns checkIns;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCaregiverAnswersOnceFromTheEmailedLinkAndTheCommunitySeesTheSum() {
		int before = TestMail.receivedBy("member@wraparound.example").size();
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from impact_circle")
			.query(Long.class).single() > 0);
		clock.setTo(clock.instant().plus(Duration.ofDays(40)));
		assertThat(checkIns.sendDue()).isPositive();
		assertThat(checkIns.sendDue()).as("sent once per round").isZero();
		var mail = await().atMost(Duration.ofSeconds(20)).until(() -> TestMail.receivedBy("member@wraparound.example")
			.stream().skip(before).filter(found -> TestMail.text(found).contains("/impact/check-ins/")).findFirst(),
				java.util.Optional::isPresent).get();
		assertThat(TestMail.text(mail)).as("in Maria’s language").contains("comment vous allez");
		String link = TestMail.link(mail, "/impact/check-ins/");

		var caregiver = new Visitor(port);
		var form = caregiver.get(link);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("How supported do you feel", "How often do you feel lonely");
		assertThat(HtmlChecker.errors(form.body())).isEmpty();
		var missing = caregiver.post(link, Map.of("comment", "Thanks"));
		assertThat(missing.status()).isEqualTo(200);
		assertThat(missing.body()).contains("Please choose how supported you feel",
				"Please choose how often you feel lonely", ">Thanks</textarea>");
		assertThat(HtmlChecker.errors(missing.body())).isEmpty();
		var sent = caregiver.post(link, Map.of("supported", "4", "lonely", "2", "unmet", "PRACTICAL",
				"comment", "The Tuesday suppers help a lot."));
		assertThat(sent.body()).contains("Your answers are saved");
		assertThat(caregiver.post(link, Map.of("supported", "1", "lonely", "5")).body())
			.contains("already been answered");
		assertThat(new Visitor(port).get(link).body()).contains("already been answered");
		assertThat(new Visitor(port).get(link.substring(0, link.length() - 3) + "abc").body())
			.contains("This link does not work");
		assertThat(new Visitor(port).get("/impact/check-ins/" + "x".repeat(500)).status()).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from impact_check_in where supported = 1").query(Long.class).single())
			.as("the second answer was not kept").isZero();

		LocalDate today = LocalDate.now(clock);
		var claire = Demo.signedIn(port, "champion@wraparound.example");
		var page = claire.get("/impact/maple-grove-compassionate-community?from=" + today.minusDays(10) + "&to=" + today);
		assertThat(page.body()).contains("Caregivers’ check-ins, by quarter", "Caregivers answered fewer than 5");
	}

	@Test
	void aCheckInFallsDueAMonthAfterTheCircleOpenedThenEveryThreeMonths() {
		LocalDate opened = LocalDate.of(2026, 1, 15);
		assertThat(checkIns.due(opened, LocalDate.of(2026, 2, 14))).isEmpty();
		assertThat(checkIns.due(opened, LocalDate.of(2026, 2, 15))).contains(LocalDate.of(2026, 2, 15));
		assertThat(checkIns.due(opened, LocalDate.of(2026, 5, 14))).contains(LocalDate.of(2026, 2, 15));
		assertThat(checkIns.due(opened, LocalDate.of(2026, 5, 15))).contains(LocalDate.of(2026, 5, 15));
		assertThat(checkIns.due(opened, LocalDate.of(2027, 1, 1))).contains(LocalDate.of(2026, 11, 15));
	}
}
