package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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

/**
 * A coordinator asks for a meal; a helper says yes from the circle page; both see who is coming. A helper looks at
 * the circle's month and week, filters them, and they fit a phone.
 */
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

	@Test
	void aHelperLooksAtTheMonthAndTheWeekOnAComputerAndOnAPhone() {
		var maria = accounts.findByEmail("member@wraparound.example").orElseThrow();
		String circle = circles.circlesOf(maria.id()).stream().filter(c -> c.personName().equals("Maggie"))
			.findFirst().orElseThrow().id().toString();
		signIn("volunteer@wraparound.example");
		open("/circles/" + circle);
		waitForAgendaWith("A meal");
		browser.findElement(By.id("calendar-view-month")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(driver -> !driver.findElements(By.cssSelector("#help table.month caption")).isEmpty());
		pageIsAccessible();
		assertThat(browser.findElements(By.cssSelector("#help table.month th[scope='col']"))).hasSize(7);
		browser.findElement(By.id("calendar-next")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(driver -> driver.findElement(By.cssSelector("#help caption")).getText()
				.equals(heading(LocalDate.now(ZoneId.of("America/Toronto")).plusMonths(1))));
		pageIsAccessible();

		open("/helping/circles/" + circle + "/week?kind=MEAL");
		assertThat(browser.findElement(By.cssSelector("#help h3")).getText()).startsWith("Week of");
		new Select(browser.findElement(By.id("calendar-kind"))).selectByValue("RIDE");
		browser.findElement(By.id("calendar-filter")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(driver -> new Select(driver.findElement(By.id("calendar-kind"))).getFirstSelectedOption()
				.getAttribute("value").equals("RIDE"));
		pageIsAccessible();

		// On a phone the month becomes a list of days; just wider than that, it is still a grid of seven columns.
		Browser.viewport(browser, 360, 740);
		open("/helping/circles/" + circle + "/month");
		assertThat(scrollsSideways()).as("the month at 360 px scrolls sideways").isFalse();
		for (String view : new String[] { "week", "agenda" }) {
			browser.get("http://localhost:" + port + "/helping/circles/" + circle + "/" + view);
			assertThat(scrollsSideways()).as("the %s at 360 px scrolls sideways", view).isFalse();
		}
		Browser.viewport(browser, 960, 740);
		browser.get("http://localhost:" + port + "/helping/circles/" + circle + "/month");
		assertThat(scrollsSideways()).as("the month at 960 px scrolls sideways").isFalse();
	}

	private static String heading(LocalDate day) {
		return day.format(DateTimeFormatter.ofPattern("LLLL yyyy", Locale.ENGLISH));
	}

	private void signIn(String email) {
		signIn(email, "wraparound-demo");
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
