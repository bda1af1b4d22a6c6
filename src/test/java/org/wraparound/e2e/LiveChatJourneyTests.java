package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.TestClock;

/**
 * A visitor opens the live chat from a story page during office hours; staff, in another browser, answer from the
 * console. Each one's message appears on the other's page without a reload.
 */
class LiveChatJourneyTests extends JourneyTest {

	/** Thursday 26 November 2026, 10:00 in Toronto. */
	static final Instant OFFICE_HOURS = Instant.parse("2026-11-26T15:00:00Z");

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aVisitorAndStaffChatAndEachMessageArrivesWithoutReloading() {
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
		}
		finally {
			staff.quit();
		}
	}

	private static String textOf(ChromeDriver driver, String id) {
		return driver.findElement(By.id(id)).getText();
	}

	private static <T> void waitFor(ChromeDriver driver, java.util.function.Function<ChromeDriver, T> condition) {
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(webDriver -> condition.apply((ChromeDriver) webDriver));
	}
}
