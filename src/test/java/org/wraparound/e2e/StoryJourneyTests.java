package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.wraparound.TestMail;

/**
 * A volunteer tells a story with a photo; staff read it with its consents, approve it and put it on the home page,
 * where a visitor finds it; the author hears by email.
 */
class StoryJourneyTests extends JourneyTest {

	@Test
	void aStoryIsToldApprovedAndFeatured() throws IOException {
		String title = "The library coffee " + UUID.randomUUID().toString().substring(0, 6);
		Path photo = Files.createTempFile("story", ".png");
		ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB), "png", photo.toFile());
		TestMail.clear();

		signIn("volunteer@wraparound.example", "wraparound-demo");
		open("/stories");
		clickAndCheck(browser.findElement(By.linkText("Tell a story")));
		assertThat(heading()).isEqualTo("Tell a story");

		type("title", title);
		type("body", "Every first Monday we meet at the library.\n\nLast month nine caregivers came.");
		new Select(browser.findElement(By.id("community"))).selectByVisibleText("Maple Grove Compassionate Community");
		browser.findElement(By.id("language-en")).click();
		browser.findElement(By.id("theme-COMMUNITY")).click();
		browser.findElement(By.id("photo")).sendKeys(photo.toAbsolutePath().toString());
		type("photoAlt", "Empty chairs around a library table");
		browser.findElement(By.id("consentPerson-0")).sendKeys("Sam Okafor");
		new Select(browser.findElement(By.id("consentWay-0"))).selectByValue("SELF");
		browser.executeScript("document.getElementById('consentDate-0').value = '2026-01-10'");
		// forgetting the checkbox brings the form back with everything typed
		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));
		assertThat(browser.findElement(By.id("consentConfirmed-error")).getText()).contains("Tick the box");
		assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo(title);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("please choose it again");

		browser.findElement(By.id("photo")).sendKeys(photo.toAbsolutePath().toString());
		browser.findElement(By.id("consentConfirmed")).click();
		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));
		assertThat(heading()).isEqualTo("My stories");
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Thank you");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(title, "Waiting for our team");

		browser.manage().deleteAllCookies();
		signIn("staff@wraparound.example", "wraparound-demo");
		open("/staff/stories");
		clickAndCheck(browser.findElement(By.linkText(title)));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Sam Okafor", "It is me, the author");
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Approve and publish']")));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("published");
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Feature on the home page']")));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("now on the home page");

		browser.manage().deleteAllCookies();
		open("/");
		assertThat(browser.findElement(By.cssSelector(".featured-story")).getText()).contains(title);
		clickAndCheck(browser.findElement(By.linkText("Read the story")));
		assertThat(heading()).isEqualTo(title);
		assertThat(browser.findElement(By.cssSelector("main img")).getAttribute("alt"))
			.isEqualTo("Empty chairs around a library table");
		assertThat(TestMail.text(TestMail.awaitMailTo("volunteer@wraparound.example", title))).contains(title);
		Files.deleteIfExists(photo);
	}
}
