package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.Demo;
import org.wraparound.TestClock;
import org.wraparound.TestMail;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.circles.CircleManagement;
import org.wraparound.helping.Reminders;

/**
 * From "I need help" to "a neighbour is coming on Tuesday, with a reminder in my calendar": a caregiver asks for a
 * weekly meal; a helper loses a race for one week and is told plainly, takes the next, adds their calendar feed,
 * gets the reminder when the test clock reaches the day before, marks the meal done and receives thanks.
 */
class WeeklyMealJourneyTests extends JourneyTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	CircleManagement circles;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	Reminders reminders;

	@Test
	void aWeeklyMealFromTheAskToTheThanks() throws Exception {
		String circle = Demo.circleOf(accounts, circles, "member@wraparound.example", "Maggie");
		String notes = "Weekly stew " + UUID.randomUUID().toString().substring(0, 8);
		String day = LocalDate.now(ZoneId.of("America/Toronto")).plusDays(10).toString();
		reminders.choose(accounts.findByEmail("volunteer@wraparound.example").orElseThrow().id(), 24);

		signIn("member@wraparound.example");
		open("/helping/circles/" + circle + "/requests/new");
		setValue("date", day);
		setValue("start", "17:00");
		setValue("end", "18:00");
		type("helpers", "1");
		type("notes", notes);
		browser.findElement(By.id("repeat-WEEKLY")).click();
		type("times", "3");
		type("diet", "No salt");
		clickAndCheck(browser.findElement(By.cssSelector("main form button[type='submit']")));
		assertThat(browser.findElement(By.cssSelector("main [role='status']")).getText())
			.startsWith("Votre demande est publiée.");
		List<String> weeks = jdbc.sql("select id from helping_request where notes = ? order by starts_at")
			.param(notes).query(String.class).list();
		assertThat(weeks).hasSize(3);

		// Sam opens the first week; Maria takes its only slot just before he clicks.
		browser.manage().deleteAllCookies();
		signIn("volunteer@wraparound.example");
		open("/helping/requests/" + weeks.get(0));
		var maria = Demo.signedIn(port, "member@wraparound.example");
		maria.get("/helping/requests/" + weeks.get(0));
		assertThat(maria.post("/helping/requests/" + weeks.get(0) + "/claim", Map.of()).status()).isEqualTo(302);
		clickAndCheck(browser.findElement(By.cssSelector("form[action$='/claim'] button")));
		assertThat(main()).contains("Sorry, that was already taken");

		open("/helping/requests/" + weeks.get(1));
		assertThat(main()).contains("No salt");
		clickAndCheck(browser.findElement(By.cssSelector("form[action$='/claim'] button")));
		assertThat(main()).contains("You are down to help", "12 Willow Lane");

		// His own calendar: the feed address he is shown once, read as a calendar app would.
		open("/helping/mine");
		clickAndCheck(browser.findElement(By.cssSelector("form[action='/helping/mine/calendar'] button")));
		String feed = browser.findElement(By.id("calendar-url")).getAttribute("value");
		var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(feed)).build(),
				HttpResponse.BodyHandlers.ofString());
		Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
		assertThat(calendar.validate().hasErrors()).isFalse();
		assertThat(response.body()).contains("Maggie");

		// The day before, the reminder arrives.
		TestMail.clear();
		var start = jdbc.sql("select starts_at from helping_request where id = ?")
			.param(UUID.fromString(weeks.get(1))).query(java.time.OffsetDateTime.class).single().toInstant();
		clock.setTo(start.minus(Duration.ofHours(23)));
		reminders.sendDue();
		var reminder = TestMail.awaitMailTo("volunteer@wraparound.example", "/helping/requests/" + weeks.get(1));
		assertThat(reminder.getSubject()).startsWith("Reminder: a meal with Maggie");
		assertThat(TestMail.text(reminder)).contains("12 Willow Lane", "/helping/requests/" + weeks.get(1));

		// After the meal, Sam says it is done, and Maria thanks him.
		clock.setTo(start.plus(Duration.ofHours(2)));
		open("/helping/requests/" + weeks.get(1));
		clickAndCheck(browser.findElement(By.cssSelector("form[action$='/done'] button")));
		assertThat(main()).contains("Marked as done");

		browser.manage().deleteAllCookies();
		signIn("member@wraparound.example");
		open("/helping/requests/" + weeks.get(1));
		type("text", "The stew was perfect. Thank you, Sam!");
		clickAndCheck(browser.findElement(By.cssSelector("form[action$='/thanks'] button")));
		var thanks = TestMail.awaitMailTo("volunteer@wraparound.example", "The stew was perfect.");
		assertThat(thanks.getSubject()).contains("says thank you");
		assertThat(TestMail.text(thanks)).contains("The stew was perfect. Thank you, Sam!");
	}

	private String main() {
		return browser.findElement(By.tagName("main")).getText();
	}

	private void signIn(String email) {
		signIn(email, "wraparound-demo");
	}

	/** Date and time inputs take typing differently in each locale; set their value as the form would send it. */
	private void setValue(String field, String value) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
				browser.findElement(By.name(field)), value);
	}
}
