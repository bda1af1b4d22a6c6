package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A newcomer applies to volunteer, leaves halfway, comes back after signing in again, and finishes; the champion
 * screens her, records her orientation and approves her; she logs hours, the champion approves them, and she
 * downloads her statement.
 */
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
		// A tap on the map fills in an approximate point and chooses it; she settles on her neighbourhood instead.
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
			.until(driver -> !driver.findElements(By.cssSelector("#place-map.leaflet-container")).isEmpty());
		browser.findElement(By.id("place-map")).click();
		assertThat(browser.findElement(By.id("latitude")).getAttribute("value")).matches("-?\\d+\\.\\d{3}");
		assertThat(browser.findElement(By.id("neighbourhood-map")).isSelected()).isTrue();
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

		// Claire, the community's champion, screens her, records her orientation, and approves her.
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Sign out']")));
		signIn("champion@wraparound.example", "wraparound-demo");
		open("/volunteers/maple-grove-compassionate-community");
		clickAndCheck(browser.findElement(By.linkText("Nadia Haddad")));
		date("interviewOn", java.time.LocalDate.now());
		browser.findElement(By.cssSelector("label[for='reference1Checked']")).click();
		browser.findElement(By.cssSelector("label[for='reference2Checked']")).click();
		browser.findElement(By.cssSelector("label[for='checkStatus-CLEAR']")).click();
		date("checkOn", java.time.LocalDate.now().minusDays(3));
		date("checkExpiresOn", java.time.LocalDate.now().plusYears(3));
		browser.findElement(By.cssSelector("label[for='confidentiality']")).click();
		browser.findElement(By.cssSelector("label[for='orientation']")).click();
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Save the checklist']")));
		clickAndCheck(browser.findElement(By.linkText("Record training for Nadia Haddad")));
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("course")))
			.selectByVisibleText("Orientation to Maple Grove");
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Record the course']")));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Orientation to Maple Grove",
				"our course");
		clickAndCheck(browser.findElement(By.linkText("Back to the screening of Nadia Haddad")));
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Approve this volunteer']")));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("The volunteer is approved");

		// Nadia logs an afternoon of help; Claire approves it; Nadia downloads her statement for her employer.
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Sign out']")));
		signIn(email);
		open("/volunteer/maple-grove-compassionate-community");
		clickAndCheck(browser.findElement(By.linkText("Your volunteer hours")));
		date("day", java.time.LocalDate.now().minusDays(1));
		type("hours", "2.5");
		type("activity", "Folding flyers at the library");
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Add these hours']")));
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Sign out']")));
		signIn("champion@wraparound.example", "wraparound-demo");
		open("/volunteers/maple-grove-compassionate-community/hours");
		clickAndCheck(browser.findElement(
				By.xpath("//li[.//strong[normalize-space()='Nadia Haddad']]//button[normalize-space()='Approve']")));
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Sign out']")));
		signIn(email);
		open("/volunteer/maple-grove-compassionate-community/hours");
		var statement = browser.findElement(By.linkText("Download a statement of approved hours (PDF)"));
		Object pdf = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
				+ "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
				+ " + r.headers.get('content-type') + ' ' + String.fromCharCode(...new Uint8Array(b.slice(0, 5))))));",
				statement.getAttribute("href"));
		assertThat(pdf).isEqualTo("200 application/pdf %PDF-");
	}

	private void save() {
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Save and continue']")));
	}

	private void signIn(String email) {
		signIn(email, "tea with neighbours");
	}
}
