package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A newcomer applies to volunteer, leaves halfway, comes back after signing in again, and finishes. */
class VolunteerJourneyTests extends JourneyTest {

	@Test
	void aNewcomerAppliesLeavesHalfwayAndFinishes() {
		String email = "nadia." + UUID.randomUUID().toString().substring(0, 8) + "@journey.example";
		open("/signup");
		type("name", "Nadia Haddad");
		type("email", email);
		type("password", "tea with neighbours");
		browser.findElement(By.cssSelector("label[for='language-en']")).click();
		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));
		signIn(email);

		open("/join/volunteer");
		clickAndCheck(browser.findElement(By.linkText("Apply to volunteer")));
		assertThat(heading()).isEqualTo("Volunteer with us");
		clickAndCheck(browser.findElement(By.xpath("//button[starts-with(normalize-space(), 'Volunteer with Maple Grove')]")));
		assertThat(heading()).isEqualTo("Why you would like to help");
		type("motivation", "My mother was helped by neighbours.");
		save();
		assertThat(heading()).isEqualTo("How you would like to help");
		browser.findElement(By.cssSelector("label[for='kinds-VISIT']")).click();
		browser.findElement(By.cssSelector("label[for='kinds-CALL']")).click();
		save();
		assertThat(heading()).isEqualTo("Skills, languages and interests");
		browser.findElement(By.cssSelector("label[for='languages-fr']")).click();
		type("interests", "knitting");
		save();
		assertThat(heading()).isEqualTo("Where you live");

		// She leaves here, and comes back another day.
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Sign out']")));
		signIn(email);
		open("/volunteer");
		clickAndCheck(browser.findElement(By.partialLinkText("Maple Grove")));
		assertThat(heading()).isEqualTo("Where you live");
		browser.findElements(By.cssSelector("input[name='neighbourhood'] + label")).get(0).click();
		save();
		type("travelKm", "0");
		save();
		assertThat(browser.findElement(By.id("travelKm-error")).getText()).contains("from 1 to 100 km");
		type("travelKm", "8");
		save();
		assertThat(heading()).isEqualTo("When you are free");
		browser.findElement(By.id("slot-TUESDAY-AFTERNOON")).click();
		type("weeklyLimit", "2");
		save();
		type("reference1Name", "Omar Haddad");
		type("reference1Contact", "613-555-0199");
		type("reference2Name", "Lucie Roy");
		type("reference2Contact", "lucie@example.ca");
		save();
		assertThat(heading()).isEqualTo("Check and send");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("My mother was helped by neighbours.",
				"A visit", "8 km", "Tuesday, Afternoon", "Omar Haddad");
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Send my application']")));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Your application is sent");
	}

	private void save() {
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Save and continue']")));
	}

	private void signIn(String email) {
		open("/signin");
		type("email", email);
		type("password", "tea with neighbours");
		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));
	}
}
