package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The demo champion opens the community's asset map from its page, adds a transport service (after the form points
 * out a mistake), and finds it again by searching the list by words and kind.
 */
class ChampionDirectoryJourneyTests extends JourneyTest {

	@Test
	void theChampionAddsAnEntryAndFindsItBySearchingTheList() {
		signIn("champion@wraparound.example", "wraparound-demo");

		open("/communities/maple-grove-compassionate-community");
		clickAndCheck(browser.findElement(By.linkText("Groups, services and places that can help")));
		assertThat(heading()).isEqualTo("Groups, services and places: Maple Grove Compassionate Community");
		assertThat(browser.findElement(By.id("gaps")).isDisplayed()).isTrue();
		clickAndCheck(browser.findElement(By.linkText("Add an entry")));

		String name = "Sunday Shuttle " + UUID.randomUUID().toString().substring(0, 6);
		type("name", name);
		new Select(browser.findElement(By.id("category"))).selectByVisibleText("Transport");
		type("descriptionEn", "Rides to church and to the hospice on Sundays");
		type("website", "mailto:someone@example.org");
		type("languages", "English, French");
		clickAndCheck(browser.findElement(By.cssSelector("main form button[type='submit']")));
		assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
			.contains("Give a web address starting with https:// or http://.");
		assertThat(browser.findElement(By.name("name")).getAttribute("value")).isEqualTo(name);

		type("website", "https://shuttle.example");
		clickAndCheck(browser.findElement(By.cssSelector("main form button[type='submit']")));
		assertThat(heading()).isEqualTo(name);
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("The entry was added.");

		clickAndCheck(browser.findElement(By.partialLinkText("Back to the asset map")));
		type("q", "sunday hospice");
		new Select(browser.findElement(By.id("search-category"))).selectByVisibleText("Transport");
		clickAndCheck(browser.findElement(By.cssSelector("form[role='search'] button[type='submit']")));
		var results = browser.findElements(By.cssSelector(".directory-entry h3"));
		assertThat(results).extracting(result -> result.getText()).containsExactly(name);
		clickAndCheck(browser.findElement(By.linkText(name)));
		assertThat(heading()).isEqualTo(name);
	}
}
