package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A champion finds the charter from their community's page and records an action done. */
class CharterJourneyTests extends JourneyTest {

	@Test
	void aChampionRecordsACharterAction() {
		String title = "Talk on caring at the union hall " + UUID.randomUUID().toString().substring(0, 6);
		signIn("champion@wraparound.example", "wraparound-demo");
		open("/communities/maple-grove-compassionate-community");
		clickAndCheck(browser.findElement(By.cssSelector("main a[href$='/charter']")));
		new Select(browser.findElement(By.id("sector"))).selectByValue("TRADE_UNIONS");
		type("title", title);
		browser.findElement(By.id("partner")).sendKeys("Maple Grove Labour Council (made up)");
		new Select(browser.findElement(By.id("status"))).selectByValue("DONE");
		clickAndCheck(browser.findElement(By.cssSelector("section[aria-labelledby='record-heading'] button[type='submit']")));
		String main = browser.findElement(By.tagName("main")).getText();
		assertThat(main).contains("The action is recorded.", title, "Maple Grove Labour Council (made up)");
	}
}
