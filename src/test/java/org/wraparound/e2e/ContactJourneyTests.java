package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.TestClock;
import org.wraparound.TestMail;

/**
 * A visitor writes to the team and asks to be called back; staff find both in the inbox, answer the message and
 * mark the call done; the visitor receives the confirmation and the answer by email.
 */
class ContactJourneyTests extends JourneyTest {

	@Autowired
	TestClock clock;

	@Test
	void aVisitorWritesStaffAnswerAndTheAnswerArrives() throws Exception {
		String email = "noor." + UUID.randomUUID().toString().substring(0, 8) + "@family.example";
		String caller = "Hugo " + UUID.randomUUID().toString().substring(0, 6);
		TestMail.clear();

		open("/");
		clickAndCheck(browser.findElement(By.linkText("Write to us")));
		assertThat(heading()).isEqualTo("Get in touch");
		assertThat(browser.findElement(By.cssSelector("main a[href^='tel:']")).getText()).isEqualTo("1-800-555-0199");
		Browser.viewport(browser, 360, 740);
		assertThat(scrollsSideways()).as("the contact page at 360 px scrolls sideways").isFalse();
		Browser.viewport(browser, 0, 0);
		type("name", "Noor Haddad");
		type("email", "noor-at-family");
		new Select(browser.findElement(By.id("topic"))).selectByValue("START_COMMUNITY");
		type("message", "We would like to start a Compassionate Community in our village. Where do we begin?");
		clock.advance(Duration.ofSeconds(30));
		clickAndCheck(browser.findElement(By.cssSelector("main form[action='/contact'] button[type='submit']")));
		assertThat(browser.findElement(By.id("email-error")).getText()).contains("Enter an email address");
		assertThat(browser.findElement(By.id("message")).getAttribute("value")).startsWith("We would like to start");

		type("email", email);
		clickAndCheck(browser.findElement(By.cssSelector("main form[action='/contact'] button[type='submit']")));
		assertThat(heading()).isEqualTo("Thank you for writing to us");
		assertThat(TestMail.awaitMailTo(email, 1).get(0).getSubject()).isEqualTo("We received your message");

		open("/contact/callback");
		type("name", caller);
		type("phone", "(613) 555-0142");
		browser.findElement(By.id("time-MORNING")).click();
		browser.findElement(By.id("callLanguage-en")).click();
		clock.advance(Duration.ofSeconds(30));
		clickAndCheck(browser.findElement(By.cssSelector("main form button[type='submit']")));
		assertThat(heading()).isEqualTo("We will call you back");

		browser.manage().deleteAllCookies();
		signIn("staff@wraparound.example", "wraparound-demo");
		open("/staff/accounts");
		clickAndCheck(browser.findElement(By.linkText("Inbox")));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(caller, "Call-back request");
		Browser.viewport(browser, 360, 740);
		assertThat(scrollsSideways()).as("the inbox at 360 px scrolls sideways").isFalse();
		Browser.viewport(browser, 0, 0);
		clickAndCheck(browser.findElement(By.linkText("Noor Haddad")));
		assertThat(heading()).isEqualTo("Message from Noor Haddad");
		type("reply", "Welcome, Noor! Our guide for new communities is a good first step. A champion will call you.");
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Send the reply']")));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("sent by email");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Jordan Lee replied",
				"Our guide for new communities");

		open("/staff/inbox");
		clickAndCheck(browser.findElement(By.linkText(caller)));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("(613) 555-0142", "In the morning");
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Mark the call as done']")));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("marked as done");

		var answer = TestMail.awaitMailTo(email, 2).stream()
			.filter(mail -> TestMail.text(mail).contains("Our guide for new communities")).findFirst();
		assertThat(answer).isPresent();
		assertThat(TestMail.text(answer.get())).contains("Jordan Lee from the Wraparound team answered");
	}
}
