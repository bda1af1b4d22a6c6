package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A public visitor reads about Compassionate Communities, in English and in French, on a desktop or a phone. */
class VisitorJourneyTests extends JourneyTest {

	@Test
	void readsTheHomePageInEnglish() {
		open("/");
		assertThat(lang()).isEqualTo("en");
		assertThat(heading()).isEqualTo("Nobody should face serious illness, caregiving or grief alone");
		assertThat(browser.findElement(By.id("dyk-heading")).getText()).isEqualTo("Did you know?");
		assertThat(browser.findElements(By.cssSelector(".facts .source")))
			.isNotEmpty().allSatisfy(source -> assertThat(source.getText()).startsWith("Source:").matches(".*\\d{4}.*"));
		assertThat(browser.findElement(By.cssSelector(".get-in-touch a[href^='tel:']")).getText())
			.isEqualTo("1-800-555-0199");
		assertThat(browser.findElement(By.cssSelector(".get-in-touch")).getText())
			.contains("Monday to Friday, 9:00 a.m. to 4:30 p.m. Eastern", "hello@wraparound.example");
		assertThat(browser.findElements(By.cssSelector("script[src*='htmx.org']"))).hasSize(1);
		assertThat(browser.executeScript("return typeof htmx")).isEqualTo("object");
	}

	@Test
	void switchesToFrenchAndTheChoiceIsRemembered() {
		open("/");
		clickAndCheck(browser.findElement(By.cssSelector("a.language")));
		assertThat(lang()).isEqualTo("fr");
		assertThat(heading()).startsWith("Personne ne devrait vivre seul");

		open("/communities");
		assertThat(lang()).isEqualTo("fr");
		assertThat(heading()).isEqualTo("Communautés");

		clickAndCheck(browser.findElement(By.cssSelector("a.language")));
		assertThat(lang()).isEqualTo("en");
		assertThat(heading()).isEqualTo("Communities");
	}

	@Test
	void followsACallToActionAndLearnsWhatComesNext() {
		open("/");
		clickAndCheck(browser.findElement(By.cssSelector(".hero a[href='/join/ask-for-help']")));
		assertThat(heading()).isEqualTo("Ask for help");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("What happens next");
		open("/communities");
		clickAndCheck(browser.findElement(By.partialLinkText("Maple Grove Compassionate Community")));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Claire", "Eastern (Toronto", "Old Mill")
			.doesNotContain("Claire Dubois");
	}

	@Test
	void aMistypedAddressShowsAFriendlyPageNotFound() {
		open("/join/volunteeer");
		assertThat(heading()).isEqualTo("We cannot find that page");
		assertThat(browser.findElement(By.linkText("Go to the home page")).isDisplayed()).isTrue();
		assertThat(browser.getPageSource()).doesNotContain("Whitelabel", "Exception");
	}

	@Test
	void everyPublicPageFitsAPhoneAndTwiceTheZoom() {
		for (int width : new int[] { 360, 640 }) {
			Browser.viewport(browser, width, 740);
			for (String path : new String[] { "/", "/join", "/join/volunteer", "/communities", "/signin", "/signup",
					"/join/nowhere" }) {
				open(path);
				assertThat(scrollsSideways()).as("%s at %d px scrolls sideways", path, width).isFalse();
			}
		}
	}

	@Test
	void theSkipLinkLeadsToTheMainContent() {
		open("/");
		var skip = browser.findElement(By.cssSelector("a.skip-link"));
		assertThat(skip.getAttribute("href")).endsWith("#main");
		assertThat(browser.findElements(By.cssSelector("main#main"))).hasSize(1);
		assertThat(browser.findElements(By.cssSelector("header nav[aria-label]"))).hasSize(1);
	}
}
