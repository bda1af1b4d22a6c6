package org.wraparound.helping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtStart;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.HtmlChecker;
import org.wraparound.Demo;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.circles.CircleManagement;

/** A helper's private calendar feed and the per-request calendar file, over real HTTP, parsed with ical4j. */
@WraparoundTest
class CalendarFeedTests {

	private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	private static final Pattern FEED = Pattern.compile("value=\"https?://[^\"]*(/helping/calendar/[^\"]+\\.ics)\"");

	@LocalServerPort
	int port;

	@Autowired
	CircleManagement circles;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void samsFeedHasHisCommitmentsAtTheRightLocalTimeOnBothSidesOfADaylightSavingChange() throws Exception {
		String circle = circleOf("member@wraparound.example", "Maggie");
		var maria = signedIn("member@wraparound.example");
		var sam = signedIn("volunteer@wraparound.example");
		LocalDate winter = next(Month.JANUARY);
		LocalDate summer = next(Month.JULY);
		String winterId = postAndClaim(maria, sam, circle, winter);
		String summerId = postAndClaim(maria, sam, circle, summer);

		String feed = newFeed(sam);
		var anonymous = new Visitor(port);
		var fetched = anonymous.get(feed);
		assertThat(fetched.status()).isEqualTo(200);
		assertThat(fetched.header("Content-Type").orElse("")).startsWith("text/calendar");
		Calendar calendar = parse(fetched.body());
		assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
		assertThat(calendar.getComponents(Component.VTIMEZONE)).isNotEmpty();
		// Sam's demo commitments are there too.
		assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).hasSizeGreaterThanOrEqualTo(4);

		for (var expected : Map.of(winterId, winter, summerId, summer).entrySet()) {
			VEvent event = event(calendar, expected.getKey());
			DtStart<ZonedDateTime> start = start(event);
			assertThat(start.<TzId>getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("America/Toronto");
			assertThat(start.getDate().toLocalDate()).isEqualTo(expected.getValue());
			assertThat(start.getDate().toLocalTime()).isEqualTo(LocalTime.of(14, 0));
			assertThat(start.getDate().toInstant())
				.isEqualTo(expected.getValue().atTime(14, 0).atZone(TORONTO).toInstant());
			assertThat(event.getSummary().orElseThrow().getValue()).isEqualTo("A meal for Maggie");
			assertThat(event.getLocation().orElseThrow().getValue()).isEqualTo("9 Birch Road (made up)");
			assertThat(event.getUrl().orElseThrow().getValue()).endsWith("/helping/requests/" + expected.getKey());
			assertThat(event.getDescription().orElseThrow().getValue()).startsWith("Calendar ");
		}
		assertThat(start(event(calendar, winterId)).getDate().getOffset())
			.isNotEqualTo(start(event(calendar, summerId)).getDate().getOffset());
		assertThat(jdbc.sql("""
				select count(*) from audit_entry where actor_id = ? and record_type = 'calendar-feed'
				and detail like 'calendar feed fetched%'""").param(account("volunteer@wraparound.example"))
			.query(Long.class).single()).isPositive();

		String renewed = newFeed(sam);
		assertThat(renewed).isNotEqualTo(feed);
		assertThat(anonymous.get(feed).status()).isEqualTo(404);
		assertThat(anonymous.get(renewed).status()).isEqualTo(200);
		var mine = sam.get("/helping/mine");
		assertThat(mine.body()).contains("You already have a calendar address.").doesNotContain(renewed);
		assertThat(HtmlChecker.errors(mine.body())).isEmpty();
	}

	@Test
	void madeUpAndOverlongAddressesAre404() {
		var anonymous = new Visitor(port);
		for (String token : List.of("made-up", UUID.randomUUID().toString(), "a".repeat(10_000), "..")) {
			assertThat(anonymous.get("/helping/calendar/" + token + ".ics").status()).as(token.substring(0,
					Math.min(10, token.length()))).isEqualTo(404);
		}
	}

	@Test
	void aRequestDownloadsForAMemberAndIs404ForOthers() throws Exception {
		String circle = circleOf("member@wraparound.example", "Maggie");
		var maria = signedIn("member@wraparound.example");
		var sam = signedIn("volunteer@wraparound.example");
		String id = postAndClaim(maria, sam, circle, LocalDate.now(TORONTO).plusDays(3));

		var file = sam.get("/helping/requests/" + id + ".ics");
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.header("Content-Type").orElse("")).startsWith("text/calendar");
		Calendar calendar = parse(file.body());
		assertThat(calendar.validate().hasErrors()).isFalse();
		VEvent event = event(calendar, id);
		assertThat(event.getLocation().orElseThrow().getValue()).isEqualTo("9 Birch Road (made up)");
		assertThat(sam.get("/helping/requests/" + id).body()).contains("/helping/requests/" + id + ".ics");

		var staff = signedIn("staff@wraparound.example");
		assertThat(staff.get("/helping/requests/" + id + ".ics").status()).isEqualTo(404);
		assertThat(staff.get("/helping/requests/not-an-id.ics").status()).isEqualTo(404);
		assertThat(new Visitor(port).get("/helping/requests/" + id + ".ics").status()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from audit_entry where record_id = ? and detail = 'calendar file downloaded'")
			.param(id).query(Long.class).single()).isEqualTo(1);
	}

	private String newFeed(Visitor who) {
		who.get("/helping/mine");
		var made = who.post("/helping/mine/calendar", Map.of());
		assertThat(made.status()).isEqualTo(302);
		var page = who.get("/helping/mine");
		assertThat(HtmlChecker.errors(page.body())).isEmpty();
		Matcher matcher = FEED.matcher(page.body());
		assertThat(matcher.find()).as("the feed address is shown").isTrue();
		return matcher.group(1);
	}

	private String postAndClaim(Visitor coordinator, Visitor helper, String circle, LocalDate day) {
		String notes = "Calendar " + UUID.randomUUID();
		coordinator.get("/helping/circles/" + circle + "/requests/new");
		var posted = coordinator.post("/helping/circles/" + circle + "/requests",
				Map.of("kind", "MEAL", "date", day.toString(), "start", "14:00", "end", "15:30", "helpers", "2",
						"notes", notes, "address", "9 Birch Road (made up)"));
		assertThat(posted.status()).isEqualTo(302);
		String id = jdbc.sql("select id from helping_request where notes = ?").param(notes).query(String.class)
			.single();
		helper.get("/helping/requests/" + id);
		assertThat(helper.post("/helping/requests/" + id + "/claim", Map.of()).status()).isEqualTo(302);
		return id;
	}

	private static Calendar parse(String body) throws Exception {
		return new CalendarBuilder().build(new StringReader(body));
	}

	private static DtStart<ZonedDateTime> start(VEvent event) {
		return event.<ZonedDateTime>getDateTimeStart().orElseThrow();
	}

	private static VEvent event(Calendar calendar, String id) {
		return calendar.<VEvent>getComponents(Component.VEVENT).stream()
			.filter(e -> e.getUid().orElseThrow().getValue().equals(id + "@wraparound")).findFirst().orElseThrow();
	}

	/** The next 15th of the month that is at least two days away, in Toronto. */
	private static LocalDate next(Month month) {
		LocalDate candidate = LocalDate.now(TORONTO).withMonth(month.getValue()).withDayOfMonth(15);
		return candidate.isAfter(LocalDate.now(TORONTO).plusDays(2)) ? candidate : candidate.plusYears(1);
	}

	private String account(String email) {
		return accounts.findByEmail(email).orElseThrow().id().toString();
	}

	private Visitor signedIn(String email) {
		return Demo.signedIn(port, email);
	}

	private String circleOf(String email, String person) {
		return Demo.circleOf(accounts, circles, email, person);
	}
}
