package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.platform.RateLimiter;

/**
 * A nurse refers a patient through the public form; the community's champion accepts the referral and the circle
 * opens; later the champion, as its coordinator, records the death and sees the check-ins with the bereaved.
 */
class ReferralJourneyTests extends JourneyTest {

	@Autowired
	RateLimiter limiter;

	@BeforeEach
	void noEarlierTries() {
		limiter.reset();
	}

	@Test
	void aNurseRefersTheChampionAcceptsAndLaterRecordsTheDeath() {
		open("/communities/maple-grove-compassionate-community");
		clickAndCheck(browser.findElement(By.linkText("Refer someone for support")));
		assertThat(heading()).isEqualTo("Refer someone for support");

		type("referrerName", "Aline Dubé");
		browser.findElement(By.cssSelector("label[for='role-HEALTH_PROFESSIONAL']")).click();
		type("referrerOrganization", "Maple Grove Home Care");
		type("referrerEmail", "aline.dube@journey.example");
		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));
		assertThat(browser.findElement(By.id("firstName-error")).getText()).isNotBlank();
		assertThat(browser.findElement(By.id("consentConfirmed-error")).getText()).contains("tick the box");

		type("firstName", "Rosalie");
		type("neighbourhood", "Riverside");
		type("caregiverName", "Luc");
		type("caregiverEmail", "luc.rosalie@journey.example");
		browser.findElement(By.cssSelector("label[for='domain-PRACTICAL']")).click();
		type("practicalNotes", "Rides to radiotherapy on weekdays.");
		browser.findElement(By.cssSelector("label[for='consentConfirmed']")).click();
		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));
		assertThat(heading()).isEqualTo("Thank you");

		signIn("champion@wraparound.example", "wraparound-demo");
		open("/communities/maple-grove-compassionate-community");
		clickAndCheck(browser.findElement(By.linkText("Referrals waiting (for champions)")));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Referral for Rosalie",
				"Rides to radiotherapy on weekdays.");
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Accept and open Rosalie’s circle']")));
		assertThat(heading()).contains("Rosalie");
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("caregiver has been invited");

		clickAndCheck(browser.findElement(By.linkText("Record that the person has died")));
		var date = browser.findElement(By.id("diedOn"));
		String today = date.getAttribute("max");
		browser.executeScript("arguments[0].value = arguments[1]", date, today);
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Continue']")));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Rosalie died on " + today);
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Yes, record it']")));

		String followUp = browser.findElement(By.id("follow-up")).getText();
		assertThat(followUp).contains("1 week after", "1 month after", "3 months after", "6 months after",
				"1 year after", "Upcoming");
		type("note", "Called Luc; he has family with him.");
		clickAndCheck(browser.findElement(By.xpath("(//button[normalize-space()='Mark this check-in done'])[1]")));
		assertThat(browser.findElement(By.id("follow-up")).getText()).contains("Called Luc; he has family with him.",
				"Done");
	}
}
