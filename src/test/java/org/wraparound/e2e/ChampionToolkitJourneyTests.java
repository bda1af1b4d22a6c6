package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The demo champion finds her community's toolkit, opens what is next and ticks an item off its checklist. */
class ChampionToolkitJourneyTests extends JourneyTest {

	@Test
	void theChampionTicksTheNextStepsChecklist() {
		signIn("champion@wraparound.example", "wraparound-demo");

		open("/toolkit");
		clickAndCheck(browser.findElement(By.cssSelector("main a[href='/toolkit/maple-grove-compassionate-community']")));
		assertThat(heading()).isEqualTo("Toolkit of Maple Grove Compassionate Community");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("3 of 14 steps done", "Running late");

		clickAndCheck(browser.findElement(By.linkText("Hold a stakeholder meeting")));
		assertThat(heading()).isEqualTo("Hold a stakeholder meeting");
		assertThat(checklist()).contains("2 of 5 done");

		browser.findElement(By.cssSelector("#checklist form[action$='/stakeholder-meeting-3'] button")).click();
		waitForChecklist("3 of 5 done");
		pageIsAccessible();
		assertThat(checklist()).contains("Ticked by Claire Dubois", "Marked as done.");

		// a reload shows the same: the tick is kept for the whole team
		open("/toolkit/maple-grove-compassionate-community/steps/stakeholder-meeting");
		assertThat(checklist()).contains("3 of 5 done");

		browser.findElement(By.cssSelector("#checklist form[action$='/stakeholder-meeting-3'] button")).click();
		waitForChecklist("2 of 5 done");
		pageIsAccessible();
	}

	private String checklist() {
		return browser.findElement(By.id("checklist")).getText();
	}

	private void waitForChecklist(String text) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(driver -> driver.findElement(By.id("checklist")).getText().contains(text));
	}
}
