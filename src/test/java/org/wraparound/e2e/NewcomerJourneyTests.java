package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Someone new creates an account, signs in and out, and is helped when they make a mistake. */
class NewcomerJourneyTests extends JourneyTest {

	@Test
	void signsUpThenSignsIn() {
		open("/");
		clickAndCheck(browser.findElement(By.linkText("Create an account")));
		assertThat(heading()).isEqualTo("Create your account");

		type("name", "Grace Mensah");
		type("email", "grace.mensah@journey.example");
		type("password", "tea with neighbours");
		browser.findElement(By.cssSelector("label[for='language-en']")).click();
		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));

		assertThat(heading()).isEqualTo("Sign in");
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("You can sign in now");
		assertThat(browser.findElement(By.name("email")).getAttribute("value"))
			.isEqualTo("grace.mensah@journey.example");

		type("password", "tea with neighbours");
		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));
		assertThat(browser.findElement(By.cssSelector(".signed-in")).getText())
			.isEqualTo("Signed in as Grace Mensah");

		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Sign out']")));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("You are signed out");
		assertThat(browser.findElements(By.cssSelector(".signed-in"))).isEmpty();
	}

	@Test
	void isToldWhatToFixBesideEachFieldAndLosesNothing() {
		open("/signup");
		type("name", "Tomás");
		type("email", "not an email");
		type("password", "short");
		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));

		assertThat(browser.findElement(By.id("email-error")).getText()).contains("Enter an email address like");
		assertThat(browser.findElement(By.id("password-error")).getText()).contains("between 10 and 64");
		assertThat(browser.findElement(By.id("email")).getAttribute("aria-describedby")).contains("email-error");
		assertThat(browser.findElement(By.name("name")).getAttribute("value")).isEqualTo("Tomás");
		assertThat(browser.findElement(By.name("email")).getAttribute("value")).isEqualTo("not an email");
	}

	@Test
	void aWrongPasswordIsExplainedInPlainWords() {
		open("/signin");
		type("email", "volunteer@wraparound.example");
		type("password", "not my password");
		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));
		assertThat(browser.findElement(By.cssSelector("[role='alert']")).getText())
			.contains("do not match an account");
	}

	@Test
	void aSignedInMemberWhoWandersOntoAStaffPageIsToldPolitely() {
		open("/signin");
		type("email", "volunteer@wraparound.example");
		type("password", "wraparound-demo");
		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));
		open("/staff/accounts");
		assertThat(heading()).isEqualTo("This page is not open to you");
	}
}
