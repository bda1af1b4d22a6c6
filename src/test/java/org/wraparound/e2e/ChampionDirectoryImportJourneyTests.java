package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo champion imports the asset map from a spreadsheet: a first file with a mistake is refused with its line
 * number and nothing is added; the corrected file is imported, and its entry is found in the list and as a marker on
 * the map beside it.
 */
class ChampionDirectoryImportJourneyTests extends JourneyTest {

	static final String HEADER = "name,category,description_en,description_fr,phone,email,website,hours,address,"
			+ "latitude,longitude,languages,accessibility,maintained_by,last_checked\n";

	@Test
	void theChampionImportsACsvAndFindsTheEntryOnTheListAndTheMap() throws IOException {
		signIn("champion@wraparound.example", "wraparound-demo");

		String name = "Riverside Soup Kitchen " + UUID.randomUUID().toString().substring(0, 6);
		String good = name + ",MEALS_AND_FOOD,Hot soup on weekdays,Soupe chaude en semaine,613-555-0142,,,"
				+ "Mon-Fri 11:30-13:30,12 River Road,44.2312,-76.4860,en;fr,Step-free entrance,Claire,2026-10-01\n";
		String bad = "Nowhere Choir,SINGING,,,,,,,,95,-76.4,en,,,\n";

		open("/communities/maple-grove-compassionate-community/directory");
		clickAndCheck(browser.findElement(By.linkText("Import from a CSV file")));
		upload(HEADER + good + bad);
		var problems = browser.findElement(By.cssSelector(".import-problems")).getText();
		assertThat(problems).contains("Line 3");
		assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).contains("Nothing was imported");

		upload(HEADER + good);
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("The file was imported");

		open("/communities/maple-grove-compassionate-community/directory");
		type("q", "soup kitchen");
		clickAndCheck(browser.findElement(By.cssSelector("form[role='search'] button[type='submit']")));
		assertThat(browser.findElements(By.cssSelector(".directory-entry h3"))).extracting(entry -> entry.getText())
			.contains(name);
		new WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(
				driver -> !driver.findElements(By.cssSelector("#directory-map .leaflet-marker-icon")).isEmpty());
		var marker = browser.findElement(By.cssSelector("#directory-map .leaflet-marker-icon[title='" + name + "']"));
		marker.click();
		// Leaflet fades the popup in: its link has no visible text until it is shown
		var popup = new WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(driver -> {
			var link = driver.findElement(By.cssSelector(".leaflet-popup-content a"));
			return link.isDisplayed() && !link.getText().isEmpty() ? link : null;
		});
		assertThat(popup.getText()).isEqualTo(name);
		pageIsAccessible();
		clickAndCheck(popup);
		assertThat(heading()).isEqualTo(name);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Hot soup on weekdays", "12 River Road");
	}

	private void upload(String csv) throws IOException {
		Path file = Files.createTempFile("asset-map", ".csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Import']")));
		Files.deleteIfExists(file);
	}
}
