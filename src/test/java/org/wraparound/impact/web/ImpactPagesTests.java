package org.wraparound.impact.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wraparound.Demo;
import org.wraparound.HtmlChecker;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.stories.StoryFilter;
import org.wraparound.stories.StoryManagement;

/** The champion's impact page, its CSV and PDF, staff's view and the small pieces other pages load. */
@WraparoundTest
class ImpactPagesTests {

	static final String MAPLE = "/impact/maple-grove-compassionate-community";

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@Autowired
	StoryManagement stories;

	@Autowired
	CommunityManagement communities;

	@Test
	void theChampionSeesTheLastQuarterComparedWithTheOneBefore() {
		var claire = Demo.signedIn(port, "champion@wraparound.example");
		var page = claire.get(MAPLE);
		assertThat(page.status()).isEqualTo(200);
		assertThat(HtmlChecker.errors(page.body())).isEmpty();
		LocalDate today = LocalDate.now(clock);
		assertThat(page.body()).contains("What Maple Grove", "Headline figures", "Help requests posted",
				"Help requests by month", "canvas class=\"impact-chart\"", "How we count",
				"value=\"" + today.minusMonths(3).plusDays(1) + "\"");
		assertThat(page.body()).as("two circles only: too few people to show").contains("fewer than 5");
	}

	@Test
	void onlyTheCommunitysChampionsAndStaffSeeIt() {
		assertThat(new Visitor(port).get(MAPLE).status()).isEqualTo(302);
		var maria = Demo.signedIn(port, "member@wraparound.example");
		assertThat(maria.get(MAPLE).status()).isEqualTo(404);
		assertThat(maria.download(MAPLE + "/headline.csv").status()).isEqualTo(404);
		assertThat(maria.download(MAPLE + "/report.pdf").status()).isEqualTo(404);
		var sam = Demo.signedIn(port, "volunteer@wraparound.example");
		assertThat(sam.get(MAPLE).status()).isEqualTo(404);
		assertThat(sam.get("/staff/impact").status()).isEqualTo(403);
		var jordan = Demo.signedIn(port, "staff@wraparound.example");
		assertThat(jordan.get(MAPLE).status()).isEqualTo(200);
		assertThat(jordan.get("/impact/no-such-community").status()).isEqualTo(404);
	}

	@Test
	void aRangeThatEndsBeforeItStartsOrIsFiftyYearsLongIsExplained() {
		var claire = Demo.signedIn(port, "champion@wraparound.example");
		var backwards = claire.get(MAPLE + "?from=2026-05-01&to=2026-04-01");
		assertThat(backwards.status()).isEqualTo(200);
		assertThat(backwards.body()).contains("The end of the period comes before its start", "value=\"2026-05-01\"")
			.doesNotContain("Headline figures");
		assertThat(HtmlChecker.errors(backwards.body())).isEmpty();
		assertThat(claire.get(MAPLE + "?from=1980-01-01&to=2030-01-01").body()).contains("That period is too long");
		assertThat(claire.get(MAPLE + "?from=yesterday&to=2026-01-01").body()).contains("Please enter both dates");
		assertThat(claire.download(MAPLE + "/headline.csv?from=2026-05-01&to=2026-04-01").status()).isEqualTo(400);
		var chosen = claire.get(MAPLE + "?from=2025-01-01&to=2025-12-31");
		assertThat(chosen.body()).contains("From 2025-01-01 to 2025-12-31", "the same number of days just before: 2024-01-02 to 2024-12-31");
	}

	@Test
	void everyTableDownloadsAsCsvWithNoFormulas() {
		var claire = Demo.signedIn(port, "champion@wraparound.example");
		for (String table : new String[] { "headline", "requests-by-month", "hours-by-month", "requests-by-domain",
				"requests-by-kind", "referrals" }) {
			var csv = claire.download(MAPLE + "/" + table + ".csv");
			assertThat(csv.status()).as(table).isEqualTo(200);
			assertThat(csv.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("text/csv"));
		}
		String headline = new String(claire.download(MAPLE + "/headline.csv").body(), StandardCharsets.UTF_8);
		assertThat(headline).contains("\"Figure\",\"This period\",\"Period before\"", "\"Help requests posted\",");
		assertThat(claire.download(MAPLE + "/nothing.csv").status()).isEqualTo(404);
		assertThat(ImpactCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(ImpactCsv.cell("-2")).isEqualTo("\"'-2\"");
		assertThat(ImpactCsv.cell("Maple, Grove")).isEqualTo("\"Maple, Grove\"");
	}

	@Test
	void theFunderReportIsAPdfInFrenchWithTheChosenStory() throws IOException {
		var maple = communities.findBySlug("maple-grove-compassionate-community").orElseThrow();
		var story = stories.published(new StoryFilter(java.util.Optional.empty(), java.util.Optional.of(maple.id()),
				java.util.Optional.empty())).get(0);
		var claire = Demo.signedIn(port, "champion@wraparound.example");
		var pdf = claire.download(MAPLE + "/report.pdf?from=2026-01-01&to=2026-03-31&language=fr&story="
				+ story.id().value());
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("pdf"));
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Rapport d’impact", "Maple Grove", "Du 2026-01-01 au 2026-03-31",
					"Chiffres clés", "Demandes d’aide publiées", "Comment nous comptons", "moins de 5",
					"Un récit : " + story.title());
		}
		try (PDDocument document = Loader.loadPDF(claire.download(MAPLE + "/report.pdf?language=en").body())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Impact report", "How we count")
				.doesNotContain("A story:");
		}
	}

	@Test
	void staffSeeEveryCommunitySideBySide() {
		var jordan = Demo.signedIn(port, "staff@wraparound.example");
		var page = jordan.get("/staff/impact");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Impact of every community", "Maple Grove");
		assertThat(HtmlChecker.errors(page.body())).isEmpty();
		String csv = new String(jordan.download("/staff/impact.csv").body(), StandardCharsets.UTF_8);
		assertThat(csv).contains("\"Community\",", "Maple Grove");
		assertThat(jordan.get("/staff/impact?from=2026-02-01&to=2026-01-01").body())
			.contains("The end of the period comes before its start");
	}

	@Test
	void theHomePageAndAHelpersPageLoadTheirFiguresFromImpact() {
		var visitor = new Visitor(port);
		assertThat(visitor.get("/").body()).contains("data-hx-get=\"/impact/live\"");
		var live = visitor.get("/impact/live");
		assertThat(live.status()).isEqualTo(200);
		assertThat(live.body()).contains("Live figures", "Compassionate Communities on Wraparound",
				"Volunteer hours given in " + LocalDate.now(clock).getYear());
		var sam = Demo.signedIn(port, "volunteer@wraparound.example");
		assertThat(sam.get("/helping/mine").body()).contains("data-hx-get=\"/impact/mine\"");
		assertThat(sam.get("/impact/mine").body()).contains("Your impact", "People you helped",
				"Thank-you notes you received");
		assertThat(visitor.get("/impact/mine").status()).isEqualTo(302);
	}
}
