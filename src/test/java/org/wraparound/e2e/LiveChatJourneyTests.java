package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.TestClock;
import org.wraparound.TestMail;

/**
 * A visitor opens the live chat from a story page during office hours; staff, in another browser, answer from the
 * console. Each one's message appears on the other's page without a reload. Outside office hours the chat says when
 * it opens next, and the visitor leaves a message instead, which reaches the staff inbox.
 */
class LiveChatJourneyTests extends JourneyTest {

	/** Thursday 26 November 2026, 10:00 in Toronto. */
	static final Instant OFFICE_HOURS = Instant.parse("2026-11-26T15:00:00Z");

	/** Saturday 28 November 2026, 11:00 in Toronto. */
	static final Instant WEEKEND = Instant.parse("2026-11-28T16:00:00Z");

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aVisitorAndStaffChatWithoutReloadingThenOutsideOfficeHoursAnotherVisitorLeavesAMessage() {
		clock.setTo(OFFICE_HOURS);
		jdbc.sql("delete from contact_chat_hours").update();
		jdbc.sql("delete from contact_chat_holiday").update();
		jdbc.sql("update contact_chat set status = 'ENDED'").update();

		open("/stories");
		clickAndCheck(browser.findElement(By.linkText("Chat with us")));
		assertThat(heading()).isEqualTo("Chat with our team");
		type("name", "Olga Petrova");
		type("message", "Hello, my neighbour needs meals. Where do I start?");
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Start the chat']")));
		assertThat(browser.findElement(By.tagName("main")).getText())
			.contains("Someone from our team will be with you shortly", "Where do I start?");
		// a mark on the page that a reload would wipe out
		browser.executeScript("document.body.dataset.sameVisit = 'yes'");

		ChromeDriver staff = Browser.another();
		try {
			staff.get("http://localhost:" + port + "/signin");
			staff.findElement(By.name("email")).sendKeys("staff@wraparound.example");
			staff.findElement(By.name("password")).sendKeys("wraparound-demo");
			staff.findElement(By.cssSelector("main button[type='submit']")).click();
			waitFor(staff, driver -> driver.getCurrentUrl().contains("/signin") ? null : true);
			staff.get("http://localhost:" + port + "/staff/chat");
			assertThat(staff.findElement(By.id("chat-queue")).getText()).contains("Olga Petrova", "/stories");
			assertThat(Browser.accessibilityViolations(staff)).as("axe-core violations on the console").isEmpty();

			staff.findElement(By.xpath("//button[normalize-space()='Answer Olga Petrova']")).click();
			waitFor(staff, driver -> driver.findElements(By.cssSelector(".chat-card textarea")).isEmpty() ? null : true);
			assertThat(Browser.accessibilityViolations(staff)).as("axe-core violations with a chat open").isEmpty();

			// the visitor is told, without reloading
			waitFor(browser, driver -> textOf(driver, "chat-lines").contains("Jordan Lee joined the chat.") ? true : null);

			staff.findElement(By.cssSelector(".chat-card textarea")).sendKeys("Hi Olga, I’m Jordan. Let’s find some help.");
			staff.findElement(By.xpath("//article//button[normalize-space()='Send']")).click();
			waitFor(browser, driver -> textOf(driver, "chat-lines").contains("Let’s find some help.") ? true : null);

			browser.findElement(By.id("message")).sendKeys("Thank you, Jordan!");
			browser.findElement(By.xpath("//button[normalize-space()='Send']")).click();
			waitFor(staff, driver -> driver.findElement(By.cssSelector(".chat-card .chat-lines")).getText()
				.contains("Thank you, Jordan!") ? true : null);

			assertThat(browser.executeScript("return document.body.dataset.sameVisit")).isEqualTo("yes");
			assertThat(browser.findElement(By.id("message")).getAttribute("value")).isEmpty();
			pageIsAccessible();
			// on a phone, the conversation fits the screen
			Browser.viewport(browser, 360, 740);
			assertThat(scrollsSideways()).isFalse();
			pageIsAccessible();
			assertThat(Browser.accessibilityViolations(staff)).as("axe-core violations after messages").isEmpty();

			anotherVisitorLeavesAMessageOutsideOfficeHours(staff);
		}
		finally {
			staff.quit();
		}
	}

	/**
	 * On Saturday a new visitor finds the chat closed, with the day and time it opens again, and leaves a message
	 * instead; she gets the confirmation by email, and the staff member, still signed in, finds it in the inbox.
	 */
	private void anotherVisitorLeavesAMessageOutsideOfficeHours(ChromeDriver staff) {
		clock.setTo(WEEKEND);
		Browser.viewport(browser, 0, 0);
		browser.manage().deleteAllCookies();
		String name = "Ines " + UUID.randomUUID().toString().substring(0, 6);
		String email = "ines." + UUID.randomUUID().toString().substring(0, 8) + "@family.example";

		open("/stories");
		clickAndCheck(browser.findElement(By.linkText("Chat with us")));
		assertThat(heading()).isEqualTo("Chat with our team");
		assertThat(browser.findElement(By.cssSelector(".chat-closed")).getText()).contains("We’re away right now",
				"The chat opens again on Monday 30 November at 9:00 AM, Toronto time.");
		assertThat(browser.findElements(By.name("message"))).as("no chat to start while nobody is there").isEmpty();

		clickAndCheck(browser.findElement(By.linkText("Leave us a message instead")));
		assertThat(browser.getCurrentUrl()).endsWith("/contact?from=chat");
		assertThat(heading()).isEqualTo("Get in touch");
		assertThat(browser.findElement(By.cssSelector("main .notice")).getText()).contains("Our chat is closed just now");
		type("name", name);
		type("email", email);
		new Select(browser.findElement(By.id("topic"))).selectByValue("GETTING_HELP");
		type("message", "My father lives alone in Maple Grove. Could someone visit him on Sundays?");
		clock.advance(Duration.ofSeconds(30));
		clickAndCheck(browser.findElement(By.cssSelector("main form[action='/contact'] button[type='submit']")));
		assertThat(heading()).isEqualTo("Thank you for writing to us");
		assertThat(TestMail.awaitMailTo(email, "We received your message")).isNotNull();

		staff.get("http://localhost:" + port + "/staff/inbox");
		assertThat(Browser.accessibilityViolations(staff)).as("axe-core violations in the inbox").isEmpty();
		staff.findElement(By.linkText(name)).click();
		waitFor(staff, driver -> driver.findElements(By.xpath("//h1[.='Message from " + name + "']")).isEmpty() ? null : true);
		assertThat(staff.findElement(By.tagName("main")).getText()).contains("left while the chat was closed",
				"Could someone visit him on Sundays?");
		assertThat(Browser.accessibilityViolations(staff)).as("axe-core violations on the message").isEmpty();
	}

	private static String textOf(ChromeDriver driver, String id) {
		return driver.findElement(By.id(id)).getText();
	}

	private static <T> void waitFor(ChromeDriver driver, java.util.function.Function<ChromeDriver, T> condition) {
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(webDriver -> condition.apply((ChromeDriver) webDriver));
	}
}
