package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.wraparound.TestMail;

/**
 * A member starts a Compassionate Community, names a neighbourhood and invites a co-champion by email; the invited
 * person, new to Wraparound, creates an account on the way, confirms their address, accepts, and leads it too.
 */
class ChampionStartJourneyTests extends JourneyTest {

	@Test
	void aMemberStartsACommunityAndACoChampionJoinsFromTheEmail() {
		signIn("volunteer@wraparound.example", "wraparound-demo");
		open("/communities");
		clickAndCheck(browser.findElement(By.linkText("Start a Compassionate Community")));
		assertThat(heading()).isEqualTo("Start a Compassionate Community");

		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));
		assertThat(browser.findElement(By.id("name-error")).getText()).contains("Give your initiative a name.");
		assertThat(browser.findElement(By.id("latitude-error")).getText()).contains("Enter the latitude.");

		type("name", "Birch Lake Compassionate Community");
		type("region", "Birch Lake, Ontario");
		type("latitude", "44.6112");
		type("longitude", "-79.4187");
		type("radiusKm", "20");
		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));
		assertThat(heading()).isEqualTo("Birch Lake Compassionate Community");
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("you are its first champion");

		clickAndCheck(browser.findElement(By.linkText("Lead this community")));
		type("name", "Harbour Road");
		type("latitude", "44.6150");
		type("longitude", "-79.4100");
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Add a neighbourhood']")));
		assertThat(browser.findElement(By.id("neighbourhoods")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Harbour Road");

		clickAndCheck(browser.findElement(By.linkText("Invite a co-champion")));
		String email = "cochampion." + UUID.randomUUID().toString().substring(0, 8) + "@journey.example";
		type("email", email);
		type("note", "You know everyone at the library. Lead this with me?");
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Send the invitation']")));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("on its way");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(email);

		var mail = TestMail.awaitMailTo(email, 1).get(0);
		assertThat(TestMail.text(mail)).contains("Sam Okafor", "Birch Lake Compassionate Community",
				"You know everyone at the library.");
		String link = TestMail.link(mail, "/communities/invitation");

		browser.manage().deleteAllCookies();
		open(link);
		assertThat(heading()).isEqualTo("Sign in");
		clickAndCheck(browser.findElement(By.cssSelector("main a[href='/signup']")));
		type("name", "Ines Moreau");
		type("email", email);
		type("password", "a quiet cup of tea");
		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));
		type("password", "a quiet cup of tea");
		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));
		assertThat(heading()).isEqualTo("Lead Birch Lake Compassionate Community");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Sam Okafor invites you",
				"You know everyone at the library.");

		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Become a champion']")));
		assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
			.contains("Please confirm your email address first");
		String verify = TestMail.link(TestMail.awaitMailTo(email, 2).stream()
			.filter(received -> TestMail.text(received).contains("/verify-email")).findFirst().orElseThrow(),
				"/verify-email");
		open(verify);
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Confirm my address']")));

		open(link);
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Become a champion']")));
		assertThat(heading()).isEqualTo("Birch Lake Compassionate Community");
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("you are now a champion");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Sam", "Ines", "Harbour Road");
		clickAndCheck(browser.findElement(By.linkText("Lead this community")));
		assertThat(heading()).isEqualTo("Lead Birch Lake Compassionate Community");
	}
}
