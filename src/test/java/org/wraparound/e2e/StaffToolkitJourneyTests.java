package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.wraparound.toolkit.TemporarySteps;

/** A staff member rewrites a toolkit guide in the product, and its history shows the change and the old text. */
class StaffToolkitJourneyTests extends JourneyTest {

	@Autowired
	ApplicationContext context;

	String step;

	@BeforeEach
	void temporaryStep() {
		step = TemporarySteps.create(context);
	}

	@AfterEach
	void removeIt() {
		TemporarySteps.remove(context, step);
	}

	@Test
	void staffEditAGuideAndTheHistoryShowsIt() {
		signIn("staff@wraparound.example", "wraparound-demo");

		open("/staff/toolkit");
		assertThat(heading()).isEqualTo("Toolkit guides");
		clickAndCheck(browser.findElement(By.cssSelector("a[href='/staff/toolkit/steps/" + step + "/en']")));
		assertThat(heading()).isEqualTo("Edit the English guide: Test step " + step);
		type("markdown", "## What it is\nA coffee morning to meet the neighbours.");
		clickAndCheck(browser.findElement(By.cssSelector("main form button[type='submit']")));

		assertThat(heading()).isEqualTo("History: Test step " + step);
		String main = browser.findElement(By.tagName("main")).getText();
		assertThat(main).contains("The guide is saved.", "Version 2, English", "Changed by Jordan Lee",
				"Version 1, English", "Written by the Wraparound team");
		browser.findElement(By.cssSelector(".versions li:first-child summary")).click();
		assertThat(browser.findElement(By.cssSelector(".versions li:first-child pre")).getText())
			.contains("A coffee morning to meet the neighbours.");
		pageIsAccessible();
	}
}
