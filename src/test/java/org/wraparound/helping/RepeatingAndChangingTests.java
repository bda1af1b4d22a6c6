package org.wraparound.helping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.Demo;
import org.wraparound.HtmlChecker;
import org.wraparound.TestMail;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.circles.CircleManagement;

/**
 * Over real HTTP: a coordinator posts a repeating request with a meal's details, changes one day, calls one off or
 * stops the rest; bad input gets a message beside its field; a helper chooses when reminders come.
 */
@WraparoundTest
class RepeatingAndChangingTests {

	@LocalServerPort
	int port;

	@Autowired
	CircleManagement circles;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWeeklyMealWithItsDetailsIsPostedFourTimes() {
		String circle = circle();
		var maria = Demo.signedIn(port, "member@wraparound.example");
		var form = maria.get("/helping/circles/" + circle + "/requests/new");
		assertThat(form.body()).contains("Chaque semaine, le même jour", "Allergies");
		assertThat(HtmlChecker.errors(form.body())).isEmpty();
		String notes = "Tuesday soup " + UUID.randomUUID();
		var fields = new HashMap<>(valid(notes));
		fields.putAll(Map.of("repeat", "WEEKLY", "times", "4", "diet", "Soft food", "allergies", "Peanuts",
				"people", "2", "pickup", "ignored for a meal"));
		assertThat(maria.post("/helping/circles/" + circle + "/requests", fields).status()).isEqualTo(302);

		List<String> ids = jdbc.sql("select id from helping_request where notes = ? order by starts_at").param(notes)
			.query(String.class).list();
		assertThat(ids).hasSize(4);
		var page = maria.get("/helping/requests/" + ids.get(0));
		assertThat(page.body()).contains("Soft food", "Peanuts", "Cette demande se répète").doesNotContain("ignored");
		assertThat(HtmlChecker.errors(page.body())).isEmpty();
	}

	@Test
	void badRepeatsAndDetailsGetAMessageAndNothingIsStored() {
		String circle = circle();
		var maria = Demo.signedIn(port, "member@wraparound.example");
		maria.get("/helping/circles/" + circle + "/requests/new");
		long before = jdbc.sql("select count(*) from helping_request").query(Long.class).single();
		String day = LocalDate.now(ZoneId.of("America/Toronto")).plusDays(2).toString();
		Map<String, Map<String, String>> cases = Map.of(
				"times", Map.of("repeat", "WEEKLY", "times", "0"),
				"until", Map.of("repeat", "WEEKDAYS", "until", LocalDate.parse(day).minusDays(1).toString()),
				"people", Map.of("people", "1000"),
				"diet", Map.of("diet", "<img src=x onerror=alert(1)>"),
				"allergies", Map.of("allergies", "x".repeat(201)));
		cases.forEach((field, change) -> {
			var form = new HashMap<>(valid("Bad repeat"));
			form.putAll(change);
			var page = maria.post("/helping/circles/" + circle + "/requests", form);
			assertThat(page.status()).as(field).isEqualTo(200);
			assertThat(page.body()).as(field).contains("id=\"" + field + "-error\"").doesNotContain("<img src=x");
			assertThat(HtmlChecker.errors(page.body())).as(field).isEmpty();
		});
		var unknown = new HashMap<>(valid("Bad repeat"));
		unknown.put("repeat", "MONTHLY");
		assertThat(maria.post("/helping/circles/" + circle + "/requests", unknown).body())
			.contains("Veuillez choisir à quelle fréquence ça se répète.");
		// Every weekday, from a Saturday to that same Saturday: no day to ask for, so nothing is stored.
		LocalDate saturday = LocalDate.now(ZoneId.of("America/Toronto")).plusDays(2)
			.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SATURDAY));
		long series = jdbc.sql("select count(*) from helping_series").query(Long.class).single();
		var empty = new HashMap<>(valid("Bad repeat"));
		empty.putAll(Map.of("date", saturday.toString(), "repeat", "WEEKDAYS", "until", saturday.toString()));
		assertThat(maria.post("/helping/circles/" + circle + "/requests", empty).body())
			.contains("Ce n’a pas été possible.");
		assertThat(jdbc.sql("select count(*) from helping_series").query(Long.class).single()).isEqualTo(series);
		assertThat(jdbc.sql("select count(*) from helping_request").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aCoordinatorChangesOneDayAndCallsOffTheRestWhileHelpersCannot() throws Exception {
		String circle = circle();
		var maria = Demo.signedIn(port, "member@wraparound.example");
		maria.get("/helping/circles/" + circle + "/requests/new");
		String notes = "Weekday visit " + UUID.randomUUID();
		var fields = new HashMap<>(valid(notes));
		fields.putAll(Map.of("kind", "VISIT", "repeat", "WEEKDAYS", "times", "5"));
		maria.post("/helping/circles/" + circle + "/requests", fields);
		List<String> ids = jdbc.sql("select id from helping_request where notes = ? order by starts_at").param(notes)
			.query(String.class).list();
		assertThat(ids).hasSize(5);
		String second = ids.get(1);

		var sam = Demo.signedIn(port, "volunteer@wraparound.example");
		sam.get("/helping/requests/" + second);
		assertThat(sam.post("/helping/requests/" + second + "/claim", Map.of()).status()).isEqualTo(302);
		assertThat(sam.get("/helping/requests/" + second + "/change").status()).isEqualTo(404);
		assertThat(sam.post("/helping/requests/" + second + "/cancel", Map.of()).status()).isEqualTo(404);

		var change = maria.get("/helping/requests/" + second + "/change");
		assertThat(change.status()).isEqualTo(200);
		assertThat(HtmlChecker.errors(change.body())).isEmpty();
		String day = jdbc.sql("select occurs_on from helping_request where id = ?").param(UUID.fromString(second))
			.query(LocalDate.class).single().toString();
		var changed = new HashMap<>(Map.of("date", day, "start", "15:00", "end", "16:30", "helpers", "0",
				"notes", notes + " (later that day)"));
		var tooFew = maria.post("/helping/requests/" + second + "/change", changed);
		assertThat(tooFew.body()).contains("id=\"helpers-error\"");
		changed.put("helpers", "2");
		TestMail.clear();
		assertThat(maria.post("/helping/requests/" + second + "/change", changed).status()).isEqualTo(302);
		var told = TestMail.awaitMailTo("volunteer@wraparound.example", "New time: a visit with Maggie");
		assertThat(told.getSubject()).startsWith("New time: a visit with Maggie");
		assertThat(TestMail.text(told)).contains("3:00");
		// Only a new time is worth a mail: a change of notes is seen on the page.
		changed.put("notes", notes + " (later that day, with tea)");
		assertThat(maria.post("/helping/requests/" + second + "/change", changed).status()).isEqualTo(302);
		assertThat(maria.get("/helping/requests/" + second).body()).contains("(later that day, with tea)", "15:00");

		TestMail.clear();
		var stop = maria.post("/helping/requests/" + second + "/cancel",
				Map.of("scope", "rest", "note", "She moves to her daughter’s."));
		assertThat(stop.status()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from helping_request where notes like ? and status = 'OPEN'")
			.param(notes + "%").query(Long.class).single()).isEqualTo(1);
		assertThat(TestMail.text(TestMail.awaitMailTo("volunteer@wraparound.example", "She moves to her daughter’s.")))
			.contains("She moves to her daughter’s.");
		assertThat(TestMail.receivedBy("volunteer@wraparound.example"))
			.allSatisfy(mail -> assertThat(mail.getSubject()).doesNotStartWith("New time"));
		assertThat(maria.post("/helping/requests/" + ids.get(0) + "/cancel", Map.of("note", "<b>x</b>")).body())
			.contains("id=\"note-error\"");
	}

	@Test
	void theAgendaListsEightWeeksAndTheMonthViewShowsLaterOnes() {
		String circle = circle();
		var maria = Demo.signedIn(port, "member@wraparound.example");
		maria.get("/helping/circles/" + circle + "/requests/new");
		String notes = "Far ahead " + UUID.randomUUID();
		LocalDate day = LocalDate.now(ZoneId.of("America/Toronto")).plusWeeks(10);
		var fields = new HashMap<>(valid(notes));
		fields.put("date", day.toString());
		maria.post("/helping/circles/" + circle + "/requests", fields);
		String id = jdbc.sql("select id from helping_request where notes = ?").param(notes).query(String.class).single();
		assertThat(maria.get("/helping/circles/" + circle + "/agenda").body()).doesNotContain(id)
			.contains("huit prochaines semaines");
		assertThat(maria.get("/helping/circles/" + circle + "/month?month=" + day.toString().substring(0, 7)).body())
			.contains(id);
	}

	@Test
	void aHelperChoosesWhenRemindersCome() {
		var sam = Demo.signedIn(port, "volunteer@wraparound.example");
		sam.get("/helping/mine");
		assertThat(sam.post("/helping/mine/reminders", Map.of("hours", "abc")).status()).isEqualTo(302);
		assertThat(sam.get("/helping/mine").body()).contains("Please choose one of the choices.");
		sam.post("/helping/mine/reminders", Map.of("hours", "48"));
		var mine = sam.get("/helping/mine");
		assertThat(mine.body()).contains("id=\"remind-48\" name=\"hours\" value=\"48\" checked");
		assertThat(HtmlChecker.errors(mine.body())).isEmpty();
		sam.post("/helping/mine/reminders", Map.of("hours", "24"));
	}

	private Map<String, String> valid(String notes) {
		return Map.of("kind", "MEAL", "date", LocalDate.now(ZoneId.of("America/Toronto")).plusDays(2).toString(),
				"start", "12:00", "end", "13:00", "helpers", "1", "notes", notes, "address", "9 Birch Road (made up)");
	}

	private String circle() {
		return Demo.circleOf(accounts, circles, "member@wraparound.example", "Maggie");
	}
}
