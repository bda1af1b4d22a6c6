package org.wraparound.volunteers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wraparound.volunteers.Applicants.COMMUNITY;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wraparound.Demo;
import org.wraparound.TestMail;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;

/** A check expiring within 30 days is flagged on the champions' list, and its volunteer is reminded once. */
@WraparoundTest
class ExpiringChecksTests {

	@LocalServerPort
	int port;

	@Autowired
	ExpiringChecks checks;

	@Autowired
	Volunteering volunteering;

	@Autowired
	VolunteerScreening screening;

	@Autowired
	CommunityManagement communities;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Clock clock;

	@Test
	void theVolunteerIsRemindedOnceAndTheListFlagsIt() {
		String email = Applicants.email("kim");
		var kim = Applicants.signedUp(port, "Kim Expiring", email);
		var maple = communities.findBySlug(COMMUNITY).orElseThrow();
		Applicants.applied(kim, communities.neighbourhoods(maple.id()).get(0).id().toString());
		var claire = accounts.findByEmail("champion@wraparound.example").orElseThrow().id();
		var application = volunteering.application(maple.id(), accounts.findByEmail(email).orElseThrow().id())
			.orElseThrow();
		LocalDate today = LocalDate.now(clock);
		LocalDate expires = today.plusDays(20);
		screening.saveChecklist(maple.id(), application.id(), claire,
				new Checklist(today, true, true, CheckStatus.CLEAR, expires.minusYears(3), expires, true, true));
		assertThat(screening.approve(maple.id(), application.id(), claire)).isTrue();

		assertThat(checks.remindDue()).isPositive();
		// Other mails (the sign-up's, the approval's) may come before or after it: the reminder is the one naming the date.
		TestMail.awaitMailTo(email, expires.toString());
		checks.remindDue();
		assertThat(TestMail.receivedBy(email).stream()
			.filter(message -> TestMail.text(message).contains(expires.toString()))).hasSize(1);

		var list = Demo.signedIn(port, "champion@wraparound.example").get("/volunteers/" + COMMUNITY);
		String expiring = list.body().substring(list.body().indexOf("Check expiring within 30 days"),
				list.body().indexOf("id=\"group-APPLIED\""));
		assertThat(expiring).contains("Kim Expiring", "check expires " + expires);
	}
}
