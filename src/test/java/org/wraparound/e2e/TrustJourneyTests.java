package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.TestMail;

/** Joining and coming back without a password, and being slowed down (kindly) when something looks wrong. */
class TrustJourneyTests extends JourneyTest {

	private String base() {
		return "http://localhost:" + port;
	}

	@Test
	void confirmsTheirAddressFromTheEmail() {
		String email = "noor." + UUID.randomUUID().toString().substring(0, 8) + "@journey.example";
		open("/signup");
		type("name", "Noor Haddad");
		type("email", email);
		type("password", "soup on thursdays");
		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("We have sent you an email");

		String link = TestMail.link(TestMail.awaitMailTo(email, 1).get(0), "/verify-email");
		open(link);
		assertThat(heading()).isEqualTo("Confirm your email address");
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Confirm my address']")));
		assertThat(heading()).isEqualTo("Your email address is confirmed");
	}

	@Test
	void signsInWithAnEmailedLinkInsteadOfAPassword() {
		open("/signin");
		type("email", "champion@wraparound.example");
		browser.findElement(By.id("link-email")).sendKeys("champion@wraparound.example");
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Email me a sign-in link']")));
		assertThat(heading()).isEqualTo("Check your email");

		// Claire gets other mail too (offers, check-ins): pick the sign-in link
		String link = TestMail.link(TestMail.awaitMailTo("champion@wraparound.example", "/signin/link"), "/signin/link");
		TestMail.clear();
		open(link);
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Sign me in']")));
		assertThat(browser.findElement(By.cssSelector(".signed-in")).getText())
			.isEqualTo("Signed in as Claire Dubois");

		browser.manage().deleteAllCookies();
		open(link);
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Sign me in']")));
		assertThat(heading()).isEqualTo("This sign-in link no longer works");
	}

	@Test
	void isSlowedDownAfterTooManyWrongPasswords() {
		for (int i = 0; i < 5; i++) {
			open("/signin");
			type("email", "member@wraparound.example");
			type("password", "not it " + i);
			clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));
			assertThat(browser.findElement(By.cssSelector("[role='alert']")).getText())
				.contains("do not match an account");
		}
		open("/signin");
		type("email", "member@wraparound.example");
		type("password", "wraparound-demo");
		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));
		assertThat(heading()).isEqualTo("Too many tries");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Please wait a few minutes");
		assertThat(browser.getCurrentUrl()).startsWith(base());
	}
}
