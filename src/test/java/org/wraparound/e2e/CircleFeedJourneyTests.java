package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.circles.CircleManagement;

/** A coordinator shares news with the circle and looks at who helps with what. */
class CircleFeedJourneyTests extends JourneyTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	CircleManagement circles;

	@Test
	void postsNewsAndSeesTheSupportMap() {
		var claire = accounts.findByEmail("champion@wraparound.example").orElseThrow();
		String henri = circles.circlesOf(claire.id()).stream().filter(c -> c.personName().equals("Henri"))
			.findFirst().orElseThrow().id().toString();

		signIn("champion@wraparound.example", "wraparound-demo");

		open("/circles/" + henri);
		String news = "Henri enjoyed the soup today " + UUID.randomUUID().toString().substring(0, 8) + ".";
		type("text", news);
		// htmx swaps the feed in place: no new page, so wait for the news to show.
		browser.findElement(By.cssSelector("#updates form[action$='/updates'] button[type='submit']")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(driver -> driver.findElement(By.id("updates")).getText().contains(news));
		pageIsAccessible();
		assertThat(browser.findElement(By.cssSelector("#updates [role='status']")).getText())
			.isEqualTo("Your news is posted. Everyone in the circle can read it.");

		var map = browser.findElement(By.id("support-map"));
		assertThat(map.findElement(By.cssSelector("svg[role='img']")).isDisplayed()).isTrue();
		assertThat(map.findElements(By.cssSelector("table tbody tr"))).hasSize(5);
		assertThat(map.findElement(By.cssSelector(".gaps")).getText()).startsWith("Gaps: nobody helps yet with");
	}
}
