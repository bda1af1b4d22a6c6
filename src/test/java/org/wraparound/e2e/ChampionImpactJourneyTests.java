package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The demo champion opens the community's impact page (the last quarter), sees the charts and their tables, moves
 * the range to the whole year so far, then downloads the funder report in French with the community's story and
 * the table of requests by month as CSV, with the browser's own session.
 */
class ChampionImpactJourneyTests extends JourneyTest {

	static final String MAPLE = "/impact/maple-grove-compassionate-community";

	@Test
	void aChampionReadsChangesTheRangeAndDownloadsTheReportAndATable() throws Exception {
		open("/signin");
		type("email", "champion@wraparound.example");
		type("password", "wraparound-demo");
		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));

		open(MAPLE);
		assertThat(heading()).isEqualTo("What Maple Grove Compassionate Community achieved");
		Object drawn = browser.executeScript("return document.querySelectorAll('canvas.impact-chart').length > 0 && "
				+ "Array.from(document.querySelectorAll('canvas.impact-chart')).every(c => Chart.getChart(c) != null)");
		assertThat(drawn).isEqualTo(Boolean.TRUE);
		WebElement headline = browser.findElement(By.id("headline-table"));
		// The demo has a few circles; other tests may have opened more. Either way, never a count from 1 to 4.
		assertThat(headline.findElement(By.xpath(".//tr[th[.='People supported (circles open)']]/td[1]")).getText())
			.matches("fewer than 5|0|[5-9]|[1-9]\\d+");
		long posted = Long.parseLong(headline.findElement(By.xpath(".//tr[th[.='Help requests posted']]/td[1]"))
			.getText());
		assertThat(posted).as("the demo's requests").isPositive();

		String from = browser.findElement(By.id("from")).getAttribute("value");
		String to = browser.findElement(By.id("to")).getAttribute("value");
		assertThat(LocalDate.parse(from)).isEqualTo(LocalDate.parse(to).minusMonths(3).plusDays(1));
		String newYear = LocalDate.parse(to).withDayOfYear(1).toString();
		setDate("from", newYear);
		clickAndCheck(browser.findElement(By.xpath("//button[contains(., 'Show these figures')]")));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("From " + newYear + " to " + to);

		new Select(browser.findElement(By.id("language"))).selectByValue("fr");
		new Select(browser.findElement(By.id("story"))).selectByIndex(1);
		String story = new Select(browser.findElement(By.id("story"))).getFirstSelectedOption().getText();
		String report = browser.findElement(By.cssSelector("form[action$='/report.pdf']")).getAttribute("action")
				+ "?from=" + newYear + "&to=" + to + "&language=fr&story="
				+ new Select(browser.findElement(By.id("story"))).getFirstSelectedOption().getAttribute("value");
		try (PDDocument pdf = Loader.loadPDF(download(report, "application/pdf"))) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Rapport d’impact", "Maple Grove Compassionate Community",
					"Du " + newYear + " au " + to, "Chiffres clés", "Un récit : " + story, "Comment nous comptons");
		}

		String csvLink = browser.findElement(By.partialLinkText("Help requests by month")).getAttribute("href");
		String csv = new String(download(csvLink, "text/csv;charset=UTF-8"), StandardCharsets.UTF_8);
		assertThat(csv).contains("\"Month\",\"Asked for\",\"Filled\"");
	}

	private void setDate(String id, String isoDate) {
		browser.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, isoDate);
	}

	private byte[] download(String href, String type) throws IOException, InterruptedException {
		String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
			.header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(type);
		return response.body();
	}
}
