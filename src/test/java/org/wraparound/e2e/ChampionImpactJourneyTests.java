package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.TestClock;
import org.wraparound.TestMail;
import org.wraparound.Visitor;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.impact.CheckInAnswer;
import org.wraparound.impact.EvaluationCheckIns;
import org.wraparound.impact.Impact;
import org.wraparound.impact.Period;

/**
 * A caregiver answers an evaluation check-in from the emailed link without signing in; her answer is the fifth of
 * the quarter in Maple Grove, so the check-in figures are no longer hidden as "fewer than 5". Then the demo champion
 * opens the community's impact page (the last quarter), sees the charts and their tables, moves the range to the
 * whole year so far, where the caregiver's answer counts in the check-in figures, and downloads the funder report in
 * French with the community's story and the table of requests by month as CSV, with the browser's own session.
 */
class ChampionImpactJourneyTests extends JourneyTest {

	static final String MAPLE = "/impact/maple-grove-compassionate-community";

	@Autowired
	EvaluationCheckIns checkIns;

	@Autowired
	CommunityManagement communities;

	@Autowired
	Impact impact;

	@Autowired
	TestClock clock;

	@Test
	void aCaregiverAnswersACheckInAndTheChampionSeesItReadsChangesTheRangeAndDownloads() throws Exception {
		caregiverAnswersTheFifthCheckInFromTheEmailedLink();
		clock.reset();

		signIn("champion@wraparound.example", "wraparound-demo");

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
		// this quarter: four answers of 2, none lonely, no unmet need; hers: 5, often lonely, two unmet needs
		List<WebElement> quarters = browser.findElements(By.cssSelector("#check-ins-table tbody tr"));
		assertThat(quarters.get(quarters.size() - 1).findElements(By.tagName("td")).stream().map(WebElement::getText))
			.containsExactly("5", "2.6", "20%", "20%");

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

	/**
	 * Sends check-ins round after round until Maple Grove's caregivers have five links, answers four of them (the
	 * figure stays hidden), then, in the browser and without signing in, answers the fifth, the demo caregiver's,
	 * and opens her link again. The answers are given today, at noon UTC, inside the champion's range.
	 */
	private void caregiverAnswersTheFifthCheckInFromTheEmailedLink() {
		var maple = communities.findBySlug("maple-grove-compassionate-community").orElseThrow().id();
		List<String> links = new ArrayList<>();
		String hers = null;
		// GreenMail lists mails mailbox by mailbox, not in order of arrival: new links are those not seen before
		Set<String> seen = new HashSet<>(checkInLinks(TestMail.received()).keySet());
		// links are sent in the future (a check-in falls due a month after a circle opened); 92 days make a new round
		Instant round = LocalDate.now(clock).plusDays(50).atTime(12, 0).toInstant(ZoneOffset.UTC);
		for (int rounds = 0; rounds < 6 && (links.size() < 4 || hers == null); rounds++, round = round.plus(Duration.ofDays(92))) {
			clock.setTo(round);
			int sent = checkIns.sendDue();
			Map<String, MimeMessage> mailed = await().atMost(Duration.ofSeconds(20)).until(() -> {
				Map<String, MimeMessage> fresh = checkInLinks(TestMail.received());
				fresh.keySet().removeAll(seen);
				return fresh;
			}, fresh -> fresh.size() >= sent);
			for (var each : mailed.entrySet()) {
				seen.add(each.getKey());
				if (!about(each.getValue(), "Maple Grove Compassionate Community")) {
					continue;
				}
				if (hers == null && TestMail.receivedBy("member@wraparound.example").contains(each.getValue())) {
					hers = each.getKey();
				}
				else {
					links.add(each.getKey());
				}
			}
		}
		assertThat(hers).as("a check-in link mailed to the demo caregiver").isNotNull();
		assertThat(links).as("check-in links for other Maple Grove caregivers").hasSizeGreaterThanOrEqualTo(4);
		clock.reset();
		LocalDate today = impact.today(maple);
		clock.setTo(today.atTime(12, 0).toInstant(ZoneOffset.UTC));
		for (String link : links.subList(0, 4)) {
			assertThat(checkIns.answer(link.substring(link.lastIndexOf('/') + 1),
					new CheckInAnswer(2, Set.of(), 2, "")))
				.isTrue();
		}
		var quarters = checkIns.results(maple, new Period(today.withDayOfYear(1), today));
		assertThat(quarters.get(quarters.size() - 1).answers()).as("this quarter's answers: four, not shown")
			.satisfies(answers -> assertThat(answers.value()).isEqualTo(4), answers -> assertThat(answers.hidden()).isTrue());

		open(hers);
		assertThat(heading()).isEqualTo("How are you doing?");
		browser.findElement(By.id("supported-5")).click();
		browser.findElement(By.id("unmet-PHYSICAL")).click();
		browser.findElement(By.id("unmet-SOCIAL")).click();
		browser.findElement(By.id("lonely-5")).click();
		type("comment", "The rides to the clinic stopped in the spring; evenings are long.");
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Send my answers']")));
		assertThat(browser.findElement(By.cssSelector("main .lead")).getText())
			.isEqualTo("Thank you. Your answers are saved.");

		open(hers);
		assertThat(browser.findElement(By.cssSelector("main .lead")).getText()).contains("already been answered");
		assertThat(new Visitor(port).get(hers).status()).isEqualTo(200);
	}

	private static Map<String, MimeMessage> checkInLinks(List<MimeMessage> mails) {
		Map<String, MimeMessage> links = new LinkedHashMap<>();
		mails.stream().filter(mail -> TestMail.text(mail).contains("/impact/check-ins/"))
			.forEach(mail -> links.put(TestMail.link(mail, "/impact/check-ins/"), mail));
		return links;
	}

	private static boolean about(MimeMessage mail, String words) {
		try {
			return String.valueOf(mail.getSubject()).contains(words) || TestMail.text(mail).contains(words);
		}
		catch (MessagingException unreadable) {
			return false;
		}
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
