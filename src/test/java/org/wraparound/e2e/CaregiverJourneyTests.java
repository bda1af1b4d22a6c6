package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.wraparound.TestMail;

/**
 * A family caregiver opens a circle around her father, says what is needed and invites a friend, who joins from
 * the email. A stranger who guesses the circle's address finds nothing.
 */
class CaregiverJourneyTests extends JourneyTest {

	private String newConfirmedPerson(String name) {
		String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 6)
				+ "@caregiver.example";
		newConfirmedPersonWithEmail(name, email);
		return email;
	}

	@Test
	void opensACircleRecordsNeedsAndInvitesAFriendWhoJoins() {
		String friend = "friend." + UUID.randomUUID().toString().substring(0, 6) + "@caregiver.example";
		newConfirmedPerson("Amara Diallo");

		open("/circles");
		clickAndCheck(browser.findElement(By.linkText("Open a care circle")));
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("community")))
			.selectByVisibleText("Maple Grove Compassionate Community");
		type("firstName", "Moussa");
		type("called", "Papa Moussa");
		type("neighbourhood", "Old Mill");
		type("consentName", "Moussa Diallo");
		browser.findElement(By.cssSelector("label[for='consentConfirmed']")).click();
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Open the circle']")));
		assertThat(heading()).isEqualTo("Papa Moussa’s circle");
		String circleUrl = browser.getCurrentUrl();

		browser.findElement(By.cssSelector("label[for='coverage-PRACTICAL-PARTLY']")).click();
		type("notes.PRACTICAL", "Groceries on Saturdays");
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Save what is needed']")));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("What is needed is saved.");

		clickAndCheck(browser.findElement(By.linkText("Invite someone")));
		type("email", friend);
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Send the invitation']")));
		String invitation = TestMail.link(TestMail.awaitMailTo(friend, 1).get(0), "/circles/invitation");

		newConfirmedPersonWithEmail("Lena Park", friend);
		open(invitation);
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Join the circle']")));
		assertThat(browser.getCurrentUrl()).isEqualTo(circleUrl.replaceFirst("#.*", ""));
		assertThat(browser.findElement(By.id("members")).getText()).contains("Lena Park", "Amara Diallo");

		browser.manage().deleteAllCookies();
		signIn("staff@wraparound.example", "wraparound-demo");
		open(circleUrl.substring(circleUrl.indexOf("/circles/")));
		assertThat(heading()).isEqualTo("We cannot find that page");
	}

	private void newConfirmedPersonWithEmail(String name, String email) {
		browser.manage().deleteAllCookies();
		open("/signup");
		type("name", name);
		type("email", email);
		type("password", "a quiet cup of tea");
		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));
		type("password", "a quiet cup of tea");
		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));
		// the newcomer may already have mail (an invitation): pick the confirmation
		String verify = TestMail.link(TestMail.awaitMailTo(email, 1).stream()
			.filter(mail -> TestMail.text(mail).contains("/verify-email")).findFirst()
			.orElseGet(() -> TestMail.awaitMailTo(email, 2).get(1)), "/verify-email");
		open(verify);
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Confirm my address']")));
	}
}
