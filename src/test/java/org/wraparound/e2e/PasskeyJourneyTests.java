package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * Someone adds a passkey on their profile, signs out, and signs back in with the passkey alone. The browser's
 * passkey is Chromium's virtual authenticator, standing in for a fingerprint reader that always says yes.
 */
class PasskeyJourneyTests extends JourneyTest {

	private VirtualAuthenticator authenticator;

	@BeforeEach
	void fingerprintReader() {
		authenticator = browser.addVirtualAuthenticator(new VirtualAuthenticatorOptions()
			.setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
			.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL).setHasResidentKey(true)
			.setHasUserVerification(true).setIsUserVerified(true));
	}

	@AfterEach
	void noFingerprintReader() {
		browser.removeVirtualAuthenticator(authenticator);
	}

	@Test
	void addsAPasskeyThenSignsInWithItAlone() {
		open("/signup");
		type("name", "Ruth Okafor");
		type("email", "ruth.okafor@passkey-journey.example");
		type("password", "biscuits at four");
		browser.findElement(By.cssSelector("label[for='language-en']")).click();
		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));
		type("password", "biscuits at four");
		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));
		assertThat(browser.findElement(By.cssSelector(".signed-in")).getText()).isEqualTo("Signed in as Ruth Okafor");

		open("/profile");
		assertThat(browser.findElement(By.id("passkeys-heading")).getText()).isEqualTo("Passkeys");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("You have no passkeys yet.");
		type("label", "My phone");
		clickAndCheck(button("Add a passkey"));

		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Your passkey is added");
		assertThat(browser.findElement(By.cssSelector(".passkeys")).getText()).contains("My phone", "Added on",
				"Not used yet");

		clickAndCheck(button("Sign out"));
		assertThat(browser.findElements(By.cssSelector(".signed-in"))).isEmpty();

		open("/signin");
		clickAndCheck(button("Sign in with a passkey"));
		assertThat(browser.findElement(By.cssSelector(".signed-in")).getText()).isEqualTo("Signed in as Ruth Okafor");

		open("/profile");
		assertThat(browser.findElement(By.cssSelector(".passkeys")).getText()).contains("My phone", "Last used on");
	}

	@Test
	void aPasskeyNeedsAName() {
		signIn("volunteer@wraparound.example", "wraparound-demo");
		open("/profile");
		button("Add a passkey").click();
		var error = new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("passkey-label-error")));
		assertThat(error.getText()).contains("Enter a name for this passkey.");
		assertThat(browser.findElement(By.id("passkey-label")).getAttribute("aria-invalid")).isEqualTo("true");
		pageIsAccessible();
	}

	private org.openqa.selenium.WebElement button(String text) {
		return browser.findElement(By.xpath("//button[normalize-space()='" + text + "']"));
	}
}
