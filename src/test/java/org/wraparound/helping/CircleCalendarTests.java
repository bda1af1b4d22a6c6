package org.wraparound.helping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.wraparound.Demo;
import org.wraparound.HtmlChecker;
import org.wraparound.TestClock;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.CircleManagement;

/**
 * A circle's month and week views over real HTTP: requests on the community's days, the filters, navigation that
 * keeps them, bad parameters answered with a message, and 404 for anyone outside the circle. Each test uses a month
 * of its own, years ahead, so that other tests' requests do not land in it.
 */
@WraparoundTest
class CircleCalendarTests {

	private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	@LocalServerPort
	int port;

	@Autowired
	CircleManagement circles;

	@Autowired
	AccountManagement accounts;

	@Autowired
	HelpRequests help;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	@Test
	void theMonthShowsEachRequestOnItsDayInTheCommunityTimeZone() {
		String circle = maggie();
		// 23:30 in Toronto on 31 March is already 1 April in UTC; it belongs to March.
		RequestId lateMeal = post(circle, HelpKind.MEAL, LocalDateTime.of(2031, 3, 31, 23, 0), 2);
		RequestId earlyRide = post(circle, HelpKind.RIDE, LocalDateTime.of(2031, 4, 1, 0, 30), 1);
		// 9 March 2031 is when Toronto moves its clocks forward.
		RequestId afterTheChange = post(circle, HelpKind.VISIT, LocalDateTime.of(2031, 3, 9, 9, 0), 1);

		var sam = Demo.signedIn(port, "volunteer@wraparound.example");
		var march = sam.get("/helping/circles/" + circle + "/month?month=2031-03");
		assertThat(march.status()).isEqualTo(200);
		assertThat(march.body()).contains("<caption>March 2031</caption>", "<th scope=\"col\">Monday</th>");
		assertThat(cell(march.body(), "2031-03-31")).contains(lateMeal.toString(), "A meal", "11:00", "needs 2 more");
		assertThat(cell(march.body(), "2031-03-09")).contains(afterTheChange.toString(), "9:00", "needs 1 more");
		assertThat(march.body()).doesNotContain(earlyRide.toString());
		assertThat(HtmlChecker.errors(march.body())).isEmpty();

		var april = sam.get("/helping/circles/" + circle + "/month?month=2031-04");
		assertThat(cell(april.body(), "2031-04-01")).contains(earlyRide.toString(), "A ride", "12:30");
		assertThat(april.body()).doesNotContain(lateMeal.toString());
		assertThat(april.body()).contains("href=\"/helping/circles/" + circle + "/month?month=2031-03\"",
				"href=\"/helping/circles/" + circle + "/month?month=2031-05\"");

		var week = sam.get("/helping/circles/" + circle + "/week?week=2031-04-02");
		assertThat(week.status()).isEqualTo(200);
		assertThat(week.body()).contains("Week of March 31, 2031");
		assertThat(weekDay(week.body(), "2031-03-31")).contains(lateMeal.toString(), "11:00 PM to 11:30 PM");
		assertThat(weekDay(week.body(), "2031-04-01")).contains(earlyRide.toString(), "12:30 AM to 1:00 AM");
		assertThat(weekDay(week.body(), "2031-04-06")).contains("Nothing asked for.");
		assertThat(week.body()).contains("week?week=2031-03-24", "week?week=2031-04-07");
	}

	@Test
	void filtersByKindAndByNeedingHelpAndTheLinksKeepThem() throws Exception {
		String circle = maggie();
		RequestId meal = post(circle, HelpKind.MEAL, LocalDateTime.of(2032, 6, 8, 17, 0), 1);
		RequestId ride = post(circle, HelpKind.RIDE, LocalDateTime.of(2032, 6, 9, 9, 0), 1);
		RequestId filledRide = post(circle, HelpKind.RIDE, LocalDateTime.of(2032, 6, 10, 9, 0), 1);
		AccountId sam = accounts.findByEmail("volunteer@wraparound.example").orElseThrow().id();
		assertThat(help.claim(filledRide, sam)).isEqualTo(ClaimResult.CLAIMED);

		var visitor = Demo.signedIn(port, "volunteer@wraparound.example");
		String month = "/helping/circles/" + circle + "/month?month=2032-06";
		var all = visitor.get(month);
		assertThat(all.body()).contains(meal.toString(), ride.toString(), filledRide.toString());
		assertThat(cell(all.body(), "2032-06-10")).contains("filled", "you are coming");

		var rides = visitor.get(month + "&kind=RIDE");
		assertThat(rides.body()).contains(ride.toString(), filledRide.toString()).doesNotContain(meal.toString());
		assertThat(rides.body()).contains("<option value=\"RIDE\" selected>", "month?month=2032-07&amp;kind=RIDE",
				"week?kind=RIDE");

		var needed = visitor.get(month + "&kind=RIDE&needs=true");
		assertThat(needed.body()).contains(ride.toString()).doesNotContain(meal.toString(), filledRide.toString());
		assertThat(needed.body()).contains("month?month=2032-05&amp;kind=RIDE&amp;needs=true");

		var week = visitor.get("/helping/circles/" + circle + "/week?week=2032-06-08&needs=true");
		assertThat(week.body()).contains(meal.toString(), ride.toString()).doesNotContain(filledRide.toString());

		// The agenda lists the coming eight weeks: look from the start of that June.
		clock.setTo(java.time.Instant.parse("2032-06-01T00:00:00Z"));
		var agenda = visitor.get("/helping/circles/" + circle + "/agenda?kind=RIDE");
		assertThat(agenda.body()).contains(ride.toString()).doesNotContain(meal.toString());
		// Saying yes from a list of rides (htmx) brings back the list of rides.
		RequestId otherRide = post(circle, HelpKind.RIDE, LocalDateTime.of(2032, 6, 11, 9, 0), 2);
		String afterClaim = mvc.perform(MockMvcRequestBuilders.post("/helping/requests/" + otherRide + "/claim").param("kind", "RIDE")
			.param("needs", "false").header("HX-Request", "true").with(csrf()).with(user(sam.toString())))
			.andReturn().getResponse().getContentAsString();
		assertThat(afterClaim).contains("You are down to help", otherRide.toString(), ride.toString(),
				"<option value=\"RIDE\" selected>").doesNotContain(meal.toString());

		var noCalls = visitor.get("/helping/circles/" + circle + "/agenda?kind=SPIRITUAL_CARE");
		assertThat(noCalls.body()).contains("No help of this kind is asked for in the days ahead.");
	}

	@Test
	void htmxGetsTheSectionAndTheCirclePageCanSwapItIn() {
		String circle = maggie();
		var sam = Demo.signedIn(port, "volunteer@wraparound.example");
		var fragment = sam.getWithHeader("/helping/circles/" + circle + "/month", "HX-Request", "true");
		assertThat(fragment.status()).isEqualTo(200);
		assertThat(fragment.body().strip()).startsWith("<section").doesNotContain("<html");
		assertThat(fragment.body()).contains("data-hx-target=\"#help\"", "aria-current=\"date\"");
		assertThat(fragment.header("Vary").orElse("")).contains("HX-Request");
		var week = sam.getWithHeader("/helping/circles/" + circle + "/week", "HX-Request", "true");
		assertThat(week.body().strip()).startsWith("<section");
		var agenda = sam.getWithHeader("/helping/circles/" + circle + "/agenda", "HX-Request", "true");
		assertThat(agenda.body()).contains("href=\"/helping/circles/" + circle + "/month\"");
	}

	@Test
	void badParametersFallBackWithAMessageNeverAnError() {
		String circle = maggie();
		var sam = Demo.signedIn(port, "volunteer@wraparound.example");
		String thisMonth = YearMonth.now(clock.withZone(TORONTO)).toString();
		for (String month : new String[] { "2031-13", "March", "99999-01", "1999-12", "2031-3", "%00" }) {
			var page = sam.get("/helping/circles/" + circle + "/month?month=" + month);
			assertThat(page.status()).as(month).isEqualTo(200);
			assertThat(page.body()).as(month).contains("We could not read that month, so this month is shown.",
					"name=\"month\" value=\"" + thisMonth + "\"");
		}
		for (String week : new String[] { "2031-02-30", "tomorrow", "2031-1-1" }) {
			var page = sam.get("/helping/circles/" + circle + "/week?week=" + week);
			assertThat(page.status()).as(week).isEqualTo(200);
			assertThat(page.body()).as(week).contains("We could not read that date, so this week is shown.");
		}
		var juggling = sam.get("/helping/circles/" + circle + "/month?kind=JUGGLING&needs=maybe");
		assertThat(juggling.status()).isEqualTo(200);
		assertThat(juggling.body()).contains("We do not know that kind of help, so every kind is shown.")
			.doesNotContain("value=\"JUGGLING\"");
		var french = Demo.signedIn(port, "member@wraparound.example")
			.get("/helping/circles/" + circle + "/week?week=demain&kind=%3Cb%3E");
		assertThat(french.body()).contains("Nous n’avons pas pu lire cette date",
				"Nous ne connaissons pas ce type d’aide").doesNotContain("<b>");
	}

	@Test
	void peopleOutsideTheCircleGet404() {
		String marguerite = maggie();
		String henri = Demo.circleOf(accounts, circles, "champion@wraparound.example", "Henri");
		var sam = Demo.signedIn(port, "volunteer@wraparound.example");
		var staff = Demo.signedIn(port, "staff@wraparound.example");
		for (String view : new String[] { "month", "week" }) {
			assertThat(sam.get("/helping/circles/" + henri + "/" + view).status()).as(view).isEqualTo(404);
			assertThat(staff.get("/helping/circles/" + marguerite + "/" + view).status()).as(view).isEqualTo(404);
			assertThat(sam.get("/helping/circles/not-a-circle/" + view).status()).as(view).isEqualTo(404);
			assertThat(sam.get("/helping/circles/" + UUID.randomUUID() + "/" + view).status()).isEqualTo(404);
			assertThat(new Visitor(port).get("/helping/circles/" + marguerite + "/" + view).status()).as(view)
				.isEqualTo(302);
		}
	}

	private RequestId post(String circle, HelpKind kind, LocalDateTime start, int helpers) {
		AccountId maria = accounts.findByEmail("member@wraparound.example").orElseThrow().id();
		Instant from = start.atZone(TORONTO).toInstant();
		return help.post(new PostHelpRequest(new CircleId(UUID.fromString(circle)), maria, kind, from,
				from.plusSeconds(1800), helpers, "Calendar test", null)).orElseThrow();
	}

	private String maggie() {
		return Demo.circleOf(accounts, circles, "member@wraparound.example", "Maggie");
	}

	/** The month cell of one day, from its date to the end of the cell. */
	static String cell(String html, String day) {
		int start = html.indexOf("<time datetime=\"" + day + "\">");
		assertThat(start).as("the cell of %s", day).isPositive();
		return html.substring(start, html.indexOf("</td>", start));
	}

	private static String weekDay(String html, String day) {
		int start = html.indexOf("<time datetime=\"" + day + "\">");
		assertThat(start).as("the day %s", day).isPositive();
		int next = html.indexOf("class=\"week-day", start);
		return html.substring(start, next < 0 ? html.indexOf("</ol>", start) : next);
	}
}
