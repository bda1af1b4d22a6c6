package org.wraparound.helping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.HtmlChecker;
import org.wraparound.TestMail;
import org.wraparound.Demo;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.circles.CircleManagement;

/** Help requests over real HTTP: posting, bad input, the slot-claim, withdrawing, completion and thanks. */
@WraparoundTest
class HelpRequestsTests {

	@LocalServerPort
	int port;

	@Autowired
	CircleManagement circles;

	@Autowired
	AccountManagement accounts;

	@Autowired
	HelpRequests help;

	@Autowired
	Requests requests;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCoordinatorPostsARequestAndTheCircleSeesIt() {
		String circle = circleOf("member@wraparound.example", "Maggie");
		var maria = signedIn("member@wraparound.example");
		var form = maria.get("/helping/circles/" + circle + "/requests/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(HtmlChecker.errors(form.body())).isEmpty();
		String notes = "Soup " + UUID.randomUUID() + ", no salt.";
		var posted = maria.post("/helping/circles/" + circle + "/requests", valid(notes));
		assertThat(posted.status()).isEqualTo(302);
		assertThat(posted.location()).endsWith("/circles/" + circle + "#help");
		assertThat(maria.get("/circles/" + circle).body()).contains("Votre demande est publiée.",
				"/helping/circles/" + circle + "/agenda");

		var sam = signedIn("volunteer@wraparound.example");
		var agenda = sam.getWithHeader("/helping/circles/" + circle + "/agenda", "HX-Request", "true");
		assertThat(agenda.status()).isEqualTo(200);
		assertThat(agenda.body().strip()).startsWith("<section").contains("A meal", "I can help");
		var page = sam.get("/helping/circles/" + circle + "/agenda");
		assertThat(page.body()).contains("<html");
		assertThat(HtmlChecker.errors(page.body())).isEmpty();
		String id = idOf(notes);
		var request = sam.get("/helping/requests/" + id);
		assertThat(request.body()).contains(notes, "1 more helper needed").doesNotContain("9 Birch Road");
		assertThat(HtmlChecker.errors(request.body())).isEmpty();
	}

	@Test
	void badInputGetsAMessageBesideTheFieldAndNothingIsStored() {
		String circle = circleOf("member@wraparound.example", "Maggie");
		var maria = signedIn("member@wraparound.example");
		maria.get("/helping/circles/" + circle + "/requests/new");
		long before = count();
		String yesterday = LocalDate.now(ZoneId.of("America/Toronto")).minusDays(1).toString();
		Map<String, Map<String, String>> cases = Map.of(
				"date", Map.of("date", yesterday),
				"end", Map.of("start", "14:00", "end", "13:00"),
				"helpers", Map.of("helpers", "0"),
				"kind", Map.of("kind", "JUGGLING"),
				"notes", Map.of("notes", "x".repeat(2001)));
		cases.forEach((field, change) -> {
			var form = new HashMap<>(valid("Bad input"));
			form.putAll(change);
			var page = maria.post("/helping/circles/" + circle + "/requests", form);
			assertThat(page.status()).as(field).isEqualTo(200);
			assertThat(page.body()).as(field).contains("id=\"" + field + "-error\"");
			assertThat(HtmlChecker.errors(page.body())).as(field).isEmpty();
		});
		for (Map<String, String> change : List.of(Map.of("helpers", "1000"), Map.of("helpers", "ten"),
				Map.of("notes", "<script>alert(1)</script>"), Map.of("date", "tomorrow"), Map.of("start", "25:99"))) {
			var form = new HashMap<>(valid("Bad input"));
			form.putAll(change);
			var page = maria.post("/helping/circles/" + circle + "/requests", form);
			assertThat(page.status()).as(change.toString()).isEqualTo(200);
			assertThat(page.body()).contains("class=\"field-error\"").doesNotContain("<script>alert");
		}
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void othersCirclesAndRequestsGet404() {
		String marguerite = circleOf("member@wraparound.example", "Maggie");
		String henri = circleOf("champion@wraparound.example", "Henri");
		var sam = signedIn("volunteer@wraparound.example");
		sam.get("/helping/mine");
		// A helper may not post, nor anyone outside the circle.
		assertThat(sam.get("/helping/circles/" + marguerite + "/requests/new").status()).isEqualTo(404);
		assertThat(sam.post("/helping/circles/" + marguerite + "/requests", valid("Sneaky")).status()).isEqualTo(404);
		assertThat(sam.post("/helping/circles/" + henri + "/requests", valid("Sneaky")).status()).isEqualTo(404);
		assertThat(sam.get("/helping/circles/" + henri + "/agenda").status()).isEqualTo(404);
		assertThat(sam.get("/helping/circles/not-an-id/agenda").status()).isEqualTo(404);

		var claire = signedIn("champion@wraparound.example");
		claire.get("/helping/circles/" + henri + "/requests/new");
		assertThat(claire.post("/helping/circles/" + henri + "/requests", valid("Henri’s family meal")).status())
			.isEqualTo(302);
		String henrisRequest = idOf("Henri’s family meal");
		assertThat(sam.get("/helping/requests/" + henrisRequest).status()).isEqualTo(404);
		assertThat(sam.post("/helping/requests/" + henrisRequest + "/claim", Map.of()).status()).isEqualTo(404);
		assertThat(sam.post("/helping/requests/" + henrisRequest + "/withdraw", Map.of("reason", "x")).status())
			.isEqualTo(404);
		assertThat(sam.get("/helping/requests/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(sam.get("/helping/requests/nope").status()).isEqualTo(404);
		var staff = signedIn("staff@wraparound.example");
		assertThat(staff.get("/helping/requests/" + henrisRequest).status()).isEqualTo(404);
		assertThat(count("select count(*) from helping_request where notes = 'Sneaky'")).isZero();
		assertThat(count("select count(*) from helping_commitment where request_id = '" + henrisRequest + "'")).isZero();
	}

	@Test
	void theSecondHelperIsToldTheLastSlotIsTakenAndWithdrawingFreesItAndTellsTheCoordinators() throws Exception {
		String circle = circleOf("member@wraparound.example", "Maggie");
		var maria = signedIn("member@wraparound.example");
		maria.get("/helping/circles/" + circle + "/requests/new");
		String notes = "Ride " + UUID.randomUUID();
		var form = new HashMap<>(valid(notes));
		form.put("kind", "RIDE");
		maria.post("/helping/circles/" + circle + "/requests", form);
		String id = idOf(notes);

		var sam = signedIn("volunteer@wraparound.example");
		sam.get("/helping/requests/" + id);
		var claimed = sam.post("/helping/requests/" + id + "/claim", Map.of());
		assertThat(claimed.status()).isEqualTo(302);
		var mine = sam.get("/helping/requests/" + id);
		assertThat(mine.body()).contains("You are down to help", "9 Birch Road (made up)", "If you can no longer come");
		assertThat(HtmlChecker.errors(mine.body())).isEmpty();

		maria.get("/helping/requests/" + id);
		assertThat(maria.post("/helping/requests/" + id + "/claim", Map.of()).status()).isEqualTo(302);
		// Maria reads French.
		assertThat(maria.get("/helping/requests/" + id).body()).contains("c’est déjà pris");
		var agenda = maria.getWithHeader("/helping/circles/" + circle + "/agenda", "HX-Request", "true");
		assertThat(agenda.body()).contains("Viendront : Sam");

		var empty = sam.post("/helping/requests/" + id + "/withdraw", Map.of("reason", " "));
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("id=\"reason-error\"");
		TestMail.clear();
		var withdrawn = sam.post("/helping/requests/" + id + "/withdraw", Map.of("reason", "My car broke down."));
		assertThat(withdrawn.status()).isEqualTo(302);
		assertThat(sam.get("/helping/requests/" + id).body()).contains("You have withdrawn", "1 more helper needed");
		var mail = TestMail.awaitMailTo("member@wraparound.example", "My car broke down.");
		assertThat(mail.getSubject()).isEqualTo("Sam Okafor ne peut plus aider Maggie");
		assertThat(TestMail.text(mail)).contains("My car broke down.", "un transport", "/helping/requests/" + id);
		assertThat(requests.find(UUID.fromString(id)).orElseThrow().taken()).isZero();
		maria.get("/helping/requests/" + id);
		assertThat(maria.post("/helping/requests/" + id + "/claim", Map.of()).status()).isEqualTo(302);
		assertThat(maria.get("/helping/requests/" + id).body()).contains("Vous êtes inscrit pour aider");
	}

	@Test
	void afterTheEndTheHelperMarksItDoneAndTheCoordinatorSaysThanks() {
		String circle = circleOf("member@wraparound.example", "Maggie");
		AccountId maria = accounts.findByEmail("member@wraparound.example").orElseThrow().id();
		AccountId samId = accounts.findByEmail("volunteer@wraparound.example").orElseThrow().id();
		var view = circles.view(new org.wraparound.circles.CircleId(UUID.fromString(circle)), maria).orElseThrow();
		Instant end = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
		UUID id = UUID.randomUUID();
		requests.insert(new Requests.Row(id, view.community().value(), view.id().value(), HelpKind.VISIT,
				end.minus(Duration.ofHours(2)), end, 1, 0, "A past visit", null, Requests.OPEN, maria, end,
				RequestDetails.NONE, null, null, null, null, null));
		assertThat(requests.takeSlot(id)).isTrue();
		requests.commit(id, samId, end.minus(Duration.ofDays(1)), null);

		var sam = signedIn("volunteer@wraparound.example");
		var page = sam.get("/helping/requests/" + id);
		assertThat(page.body()).contains("It is done: Sam").doesNotContain("If you can no longer come");
		assertThat(sam.post("/helping/requests/" + id + "/thanks", Map.of("helper", samId.toString(), "text", "Me"))
			.status()).isEqualTo(302);
		assertThat(sam.get("/helping/requests/" + id).body()).contains("That could not be done.");
		assertThat(sam.post("/helping/requests/" + id + "/done", Map.of("helper", samId.toString())).status())
			.isEqualTo(302);
		assertThat(sam.get("/helping/requests/" + id).body()).contains("Marked as done");

		var coordinator = signedIn("member@wraparound.example");
		coordinator.get("/helping/requests/" + id);
		var tooLong = coordinator.post("/helping/requests/" + id + "/thanks",
				Map.of("helper", samId.toString(), "text", "y".repeat(501)));
		assertThat(tooLong.body()).contains("id=\"thanks-" + samId + "-error\"");
		assertThat(HtmlChecker.errors(tooLong.body())).isEmpty();
		assertThat(coordinator.post("/helping/requests/" + id + "/thanks",
				Map.of("helper", samId.toString(), "text", "<b>hi</b>")).status()).isEqualTo(200);
		assertThat(coordinator.post("/helping/requests/" + id + "/thanks",
				Map.of("helper", samId.toString(), "text", "Maman a adoré votre visite. Merci !")).status())
			.isEqualTo(302);
		var mine = sam.get("/helping/mine");
		assertThat(mine.body()).contains("Maman a adoré votre visite. Merci !", "Done");
		assertThat(HtmlChecker.errors(mine.body())).isEmpty();
		assertThat(jdbc.sql("select thanks from helping_commitment where request_id = ?").param(id)
			.query(String.class).single()).isEqualTo("Maman a adoré votre visite. Merci !");
	}

	private Map<String, String> valid(String notes) {
		return Map.of("kind", "MEAL", "date", LocalDate.now(ZoneId.of("America/Toronto")).plusDays(2).toString(),
				"start", "12:00", "end", "13:00", "helpers", "1", "notes", notes, "address", "9 Birch Road (made up)");
	}

	private String idOf(String notes) {
		return jdbc.sql("select id from helping_request where notes = ?").param(notes).query(String.class).single();
	}

	private long count() {
		return count("select count(*) from helping_request");
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private Visitor signedIn(String email) {
		return Demo.signedIn(port, email);
	}

	private String circleOf(String email, String person) {
		return Demo.circleOf(accounts, circles, email, person);
	}
}
