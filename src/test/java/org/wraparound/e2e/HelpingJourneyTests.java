package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.circles.CircleManagement;

/** A coordinator asks for a meal; a helper says yes from the circle page; both see who is coming. */
class HelpingJourneyTests extends JourneyTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	CircleManagement circles;

	@Test
	void aCoordinatorAsksForAMealAndAHelperCommitsFromTheCirclePage() {
		var maria = accounts.findByEmail("member@wraparound.example").orElseThrow();
		String circle = circles.circlesOf(maria.id()).stream().filter(c -> c.personName().equals("Maggie"))
			.findFirst().orElseThrow().id().toString();
		String notes = "Lentil soup " + UUID.randomUUID().toString().substring(0, 8);
		// Far enough ahead to come after the demo week, so it is the last entry of the agenda.
		String day = LocalDate.now(ZoneId.of("America/Toronto")).plusDays(20).toString();

		signIn("member@wraparound.example");
		open("/helping/circles/" + circle + "/requests/new");
		new Select(browser.findElement(By.id("kind"))).selectByValue("MEAL");
		setValue("date", day);
		setValue("start", "17:00");
		setValue("end", "18:00");
		type("helpers", "1");
		type("notes", notes);
		clickAndCheck(browser.findElement(By.cssSelector("main form button[type='submit']")));
		assertThat(browser.findElement(By.cssSelector("main [role='status']")).getText())
			.isEqualTo("Votre demande est publiée. Le cercle peut la voir et proposer son aide.");
		waitForAgendaWith("Un repas");
		pageIsAccessible();

		browser.manage().deleteAllCookies();
		signIn("volunteer@wraparound.example");
		open("/circles/" + circle);
		WebElement entry = waitForAgendaWith("A meal");
		var buttons = browser.findElements(By.cssSelector("#help form[action$='/claim'] button"));
		WebElement last = buttons.get(buttons.size() - 1);
		last.click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(driver -> driver.findElement(By.id("help")).getText().contains("You are down to help"));
		pageIsAccessible();
		assertThat(entry).isNotNull();
		assertThat(browser.findElement(By.id("help")).getText()).contains("Coming: Sam");

		open("/helping/mine");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Maggie");

		browser.manage().deleteAllCookies();
		signIn("member@wraparound.example");
		open("/circles/" + circle);
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(driver -> driver.findElement(By.id("help")).getText().contains("Viendront : Sam"));
		pageIsAccessible();
	}

	private void signIn(String email) {
		open("/signin");
		type("email", email);
		type("password", "wraparound-demo");
		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));
	}

	private WebElement waitForAgendaWith(String text) {
		return new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(driver -> {
				WebElement help = driver.findElement(By.id("help"));
				return help.findElements(By.tagName("ol")).isEmpty() || !help.getText().contains(text) ? null : help;
			});
	}

	/** Date and time inputs take typing differently in each locale; set their value as the form would send it. */
	private void setValue(String field, String value) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
				browser.findElement(By.name(field)), value);
	}
}
