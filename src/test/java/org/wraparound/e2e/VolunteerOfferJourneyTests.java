package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.Demo;
import org.wraparound.TestMail;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.accounts.AccountSummary;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.CircleManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.helping.HelpKind;
import org.wraparound.helping.HelpRequests;
import org.wraparound.helping.PostHelpRequest;
import org.wraparound.helping.RequestId;
import org.wraparound.matching.Matching;
import org.wraparound.matching.OfferVolunteers;
import org.wraparound.matching.RankedVolunteer;
import org.wraparound.platform.Language;
import org.wraparound.volunteers.VolunteerScreening;
import org.wraparound.volunteers.Volunteering;

/**
 * A visit for Maggie is posted; the coordinator sees the ranked volunteers and why; the best three are offered it by
 * mail and on their page; volunteer A says yes (from their phone) and gets it; volunteer B, whose page still shows the
 * offer, says yes a moment later and is told plainly that it is already taken. axe-core checks every page.
 */
class VolunteerOfferJourneyTests extends JourneyTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	CircleManagement circles;

	@Autowired
	CommunityManagement communities;

	@Autowired
	Volunteering volunteering;

	@Autowired
	VolunteerScreening screening;

	@Autowired
	HelpRequests help;

	@Autowired
	Matching matching;

	@Autowired
	Clock clock;

	@Test
	void theFirstVolunteerToSayYesGetsItAndTheSecondIsToldItIsTaken() {
		OfferVolunteers.approved(8, accounts, communities, volunteering, screening, clock);
		TestMail.clear();
		var maria = accounts.findByEmail("member@wraparound.example").orElseThrow();
		CircleId maggie = CircleId.parse(Demo.circleOf(accounts, circles, maria.email(), "Maggie")).orElseThrow();
		ZoneId zone = help.zoneOf(maggie, maria.id()).orElseThrow();
		Instant start = LocalDate.now(clock.withZone(zone)).plusDays(26).atTime(LocalTime.of(10, 0)).atZone(zone)
			.toInstant();
		RequestId id = help.post(new PostHelpRequest(maggie, maria.id(), HelpKind.VISIT, start,
				start.plus(Duration.ofHours(1)), 1, "A visit " + UUID.randomUUID(), "12 Willow Lane (made up)", null,
				null)).orElseThrow();
		List<RankedVolunteer> offered = await().atMost(Duration.ofSeconds(20))
			.until(() -> matching.ranked(id, maria.id(), 10).orElseThrow().stream()
				.filter(one -> one.offer().equals(java.util.Optional.of("OPEN"))).toList(), list -> list.size() == 3);
		AccountSummary a = accounts.find(offered.get(0).account()).orElseThrow();
		AccountSummary b = accounts.find(offered.get(1).account()).orElseThrow();

		// The coordinator sees who could help and why, on the request page.
		signIn(maria.email());
		open("/helping/requests/" + id);
		waitFor("ranked", "km");
		pageIsAccessible();

		// The offer arrives by mail, with the first name and neighbourhood only.
		var mail = await().atMost(Duration.ofSeconds(20)).until(() -> TestMail.receivedBy(a.email()).stream()
			.filter(one -> TestMail.text(one).contains("/matching/offers")).findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		assertThat(TestMail.text(mail)).contains("Maggie").contains("Old Mill").doesNotContain("Willow Lane");
		String link = TestMail.link(mail, "/matching/offers");

		// B opens their page and sees the offer.
		browser.manage().deleteAllCookies();
		signIn(b.email());
		open("/helping/mine");
		waitFor("offers", "Maggie");
		pageIsAccessible();

		// Meanwhile A, on their phone, follows the mail's link and says yes first.
		var phone = Demo.signedIn(port, a.email());
		assertThat(phone.get(link).body()).contains("Maggie").contains("Old Mill").doesNotContain("Willow Lane");
		assertThat(phone.post("/matching/offers/" + id + "/accept", java.util.Map.of()).status()).isEqualTo(302);

		// B says yes on the page still open, a moment too late, and is told plainly.
		clickAndCheck(browser.findElement(By.cssSelector("form[action='/matching/offers/" + id + "/accept'] button")));
		assertThat(notice()).contains(text(b, "already taken", "déjà pris"));
		assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("12 Willow Lane");

		// A sees it is theirs, with the address, on their pages.
		browser.manage().deleteAllCookies();
		signIn(a.email());
		open("/helping/mine");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("12 Willow Lane");
		open("/helping/requests/" + id);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(a.displayName());
		open("/");
		pageIsAccessible();
	}

	private void signIn(String email) {
		signIn(email, Demo.PASSWORD);
	}

	private void waitFor(String id, String text) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(driver -> driver.findElement(By.id(id)).getText().contains(text));
	}

	private String notice() {
		return browser.findElement(By.cssSelector("main [role='status']")).getText();
	}

	private static String text(AccountSummary who, String english, String french) {
		return who.language() == Language.FR ? french : english;
	}
}
