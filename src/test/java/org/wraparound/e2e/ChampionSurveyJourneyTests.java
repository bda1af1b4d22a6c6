package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The demo champion starts a needs survey, takes a question out and publishes it; in a fresh browser session (no
 * cookies, no account) someone answers it; back signed in, the champion sees the answer in the chart and in the
 * table beside it.
 */
class ChampionSurveyJourneyTests extends JourneyTest {

	@Test
	void aChampionPublishesASurveyItIsAnsweredAnonymouslyAndTheResultsShowIt() {
		signInAsChampion();
		open("/toolkit/maple-grove-compassionate-community/surveys");
		assertThat(heading()).isEqualTo("Surveys for Maple Grove Compassionate Community");
		clickAndCheck(browser.findElement(By.xpath("//button[contains(., 'Start from the Community needs survey')]")));
		assertThat(heading()).isEqualTo("Community needs survey");
		String survey = URI.create(browser.getCurrentUrl()).getPath();
		clickAndCheck(browser.findElement(By.xpath("//button[contains(., 'Remove') and contains(., 'question 12')]")));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("The question is removed.");
		clickAndCheck(browser.findElement(By.xpath("//button[contains(., 'Publish the survey')]")));
		String link = URI.create(browser.findElement(By.id("public-link")).getAttribute("href")).getPath();
		assertThat(link).startsWith("/surveys/");

		browser.manage().deleteAllCookies();
		open(link);
		assertThat(heading()).isEqualTo("Community needs survey");
		assertThat(browser.findElements(By.cssSelector("a.signed-in"))).as("nobody is signed in").isEmpty();
		List<WebElement> questions = browser.findElements(By.cssSelector("fieldset.question"));
		choose(questions.get(0), 1);
		choose(questions.get(1), 0);
		choose(questions.get(1), 2);
		choose(questions.get(2), 3);
		choose(questions.get(3), 1);
		choose(questions.get(4), 0);
		String written = "Rides on Sundays " + UUID.randomUUID().toString().substring(0, 6);
		browser.findElement(By.cssSelector("textarea")).sendKeys(written);
		clickAndCheck(browser.findElement(By.xpath("//button[contains(., 'Send my answers')]")));
		assertThat(heading()).isEqualTo("Thank you");

		signInAsChampion();
		open(survey + "/results");
		assertThat(heading()).isEqualTo("Results: Community needs survey");
		Object drawn = browser.executeScript(
				"return Array.from(document.querySelectorAll('canvas.survey-chart')).every(c => Chart.getChart(c) != null)");
		assertThat(drawn).isEqualTo(Boolean.TRUE);
		Object meals = browser.executeScript(
				"return Chart.getChart(document.querySelector('canvas[data-table=\"result-2-table\"]')).data.datasets[0].data[0]");
		assertThat(((Number) meals).intValue()).isEqualTo(1);
		WebElement table = browser.findElement(By.id("result-1-table"));
		assertThat(table.findElement(By.xpath(".//tr[th[.='A family caregiver']]/td")).getText()).isEqualTo("1");
		assertThat(table.findElement(By.xpath(".//tr[th[.='A neighbour or volunteer']]/td")).getText()).isEqualTo("0");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(written);
	}

	private void choose(WebElement question, int index) {
		question.findElements(By.cssSelector(".radio label")).get(index).click();
	}

	private void signInAsChampion() {
		signIn("champion@wraparound.example", "wraparound-demo");
	}
}
