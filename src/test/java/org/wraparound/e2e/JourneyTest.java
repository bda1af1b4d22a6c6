package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wraparound.WraparoundTest;

/**
 * A person's journey through real pages in headless Chromium, with axe-core checking every page it reaches.
 * Journeys share the application and the browser with the rest of the suite; each starts with no cookies.
 */
@WraparoundTest
@ExtendWith(Browser.class)
abstract class JourneyTest {

	@LocalServerPort
	int port;

	ChromeDriver browser;

	@BeforeEach
	void freshVisitor() {
		browser = Browser.driver();
		browser.manage().deleteAllCookies();
		Browser.viewport(browser, 0, 0);
	}

	@AfterEach
	void desktopAgain() {
		Browser.viewport(browser, 0, 0);
	}

	/** Opens a page and checks it for accessibility. */
	void open(String path) {
		browser.get("http://localhost:" + port + path);
		pageIsAccessible();
	}

	/**
	 * Signs in with a password and checks the page that follows. The sign-in page itself is opened without the
	 * accessibility check, which the newcomer's and the trust journeys make on it, so other journeys do not pay for
	 * it each time.
	 */
	void signIn(String email, String password) {
		browser.get("http://localhost:" + port + "/signin");
		type("email", email);
		type("password", password);
		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));
	}

	void pageIsAccessible() {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(
				driver -> "complete".equals(((ChromeDriver) driver).executeScript("return document.readyState")));
		assertThat(Browser.accessibilityViolations(browser)).as("axe-core violations").isEmpty();
	}

	/** Clicks and waits for the next page, then checks it. */
	void clickAndCheck(WebElement element) {
		WebElement html = browser.findElement(By.tagName("html"));
		element.click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> isGone(html));
		pageIsAccessible();
	}

	/**
	 * Whether the element belongs to a page that has been replaced. Chromium reports this either as a stale
	 * element or, while the new page is still being attached, as an inspector error about the node.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.getTagName();
			return false;
		}
		catch (WebDriverException replaced) {
			return true;
		}
	}

	void type(String field, String text) {
		WebElement input = browser.findElement(By.name(field));
		input.clear();
		input.sendKeys(text);
	}

	/** Sets a date field as the browser's date picker would (typing into one depends on the browser's locale). */
	void date(String field, java.time.LocalDate day) {
		browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.name(field)), day.toString());
	}

	String heading() {
		return browser.findElement(By.tagName("h1")).getText();
	}

	String lang() {
		return browser.findElement(By.tagName("html")).getAttribute("lang");
	}

	/** True when the page is wider than the screen, which forces sideways scrolling. */
	boolean scrollsSideways() {
		Object wider = browser.executeScript(
				"return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
		return Boolean.TRUE.equals(wider);
	}
}
