package org.wraparound.communities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.DatabaseTest;
import org.wraparound.Demo;
import org.wraparound.HtmlChecker;
import org.wraparound.Visitor;
import org.wraparound.accounts.AccountManagement;

/**
 * The Compassionate City Charter tracker, over HTTP on both databases: public progress, champions recording and
 * changing actions, bad input beside its field, others refused, and "done" announced once.
 */
@DatabaseTest
class CharterTests {

	private static final String SLUG = "/communities/maple-grove-compassionate-community";

	@LocalServerPort
	int port;

	@Autowired
	Charter charter;

	@Autowired
	CommunityManagement communities;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CharterDoneHeard heard;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anyoneSeesTheDemoProgressAtAGlance() {
		var visitor = new Visitor(port);
		var page = visitor.get(SLUG + "/charter");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Death Café evening at the library", "Maple Grove High School (made up)")
			.doesNotContain("Record an action");
		assertThat(HtmlChecker.errors(page.body())).isEmpty();
		assertThat(visitor.get(SLUG).body()).contains(SLUG + "/charter");
		var french = Demo.signedIn(port, "member@wraparound.example").get(SLUG + "/charter");
		assertThat(french.body()).contains("Les progrès d’un coup d’œil");
		assertThat(HtmlChecker.errors(french.body())).isEmpty();
		assertThat(visitor.get("/communities/nowhere/charter").status()).isEqualTo(404);
	}

	@Test
	void aChampionRecordsAnActionAndMarksItDoneOnce() {
		var claire = Demo.signedIn(port, "champion@wraparound.example");
		var page = claire.get(SLUG + "/charter");
		assertThat(page.body()).contains("Record an action");
		assertThat(HtmlChecker.errors(page.body())).isEmpty();
		String title = "Stories of care at the museum " + UUID.randomUUID();
		var recorded = claire.post(SLUG + "/charter", Map.of("sector", "MUSEUMS_AND_GALLERIES", "title", title,
				"partner", "Maple Grove Museum (made up)", "status", "PLANNED", "notes", ""));
		assertThat(recorded.status()).isEqualTo(302);
		UUID id = jdbc.sql("select id from communities_charter_action where title = ?").param(title)
			.query(UUID.class).single();

		claire.get(SLUG + "/charter");
		claire.post(SLUG + "/charter/" + id, Map.of("status", "DONE", "partner", "Maple Grove Museum (made up)",
				"notes", "Opened in May."));
		claire.get(SLUG + "/charter");
		claire.post(SLUG + "/charter/" + id, Map.of("status", "DONE", "partner", "", "notes", "Still open."));
		assertThat(heard.about(id)).hasSize(1);
		assertThat(claire.get(SLUG + "/charter").body()).contains(title, "Still open.");

		claire.get(SLUG + "/charter");
		assertThat(claire.post(SLUG + "/charter/" + id + "/remove", Map.of()).status()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from communities_charter_action where id = ?").param(id)
			.query(Long.class).single()).isZero();
	}

	@Test
	void badInputGetsAMessageBesideItsFieldAndNothingIsStored() {
		var claire = Demo.signedIn(port, "champion@wraparound.example");
		claire.get(SLUG + "/charter");
		long before = count();
		Map<String, Map<String, String>> cases = Map.of(
				"title", Map.of("title", " "),
				"partner", Map.of("partner", "x".repeat(201)),
				"notes", Map.of("notes", "y".repeat(2001)));
		cases.forEach((field, change) -> {
			var form = new HashMap<>(Map.of("sector", "MEDIA", "title", "A radio hour", "status", "PLANNED"));
			form.putAll(change);
			var page = claire.post(SLUG + "/charter", form);
			assertThat(page.status()).as(field).isEqualTo(200);
			assertThat(page.body()).as(field).contains("id=\"" + field + "-error\"");
			assertThat(HtmlChecker.errors(page.body())).as(field).isEmpty();
		});
		var unknown = claire.post(SLUG + "/charter", Map.of("sector", "CASINOS", "title", "x", "status", "SOON"));
		assertThat(unknown.body()).contains("Please choose a sector.", "Please choose where it stands.");
		var script = claire.post(SLUG + "/charter", Map.of("sector", "MEDIA", "title", "<script>alert(1)</script>",
				"status", "PLANNED"));
		assertThat(script.status()).isEqualTo(302);
		assertThat(claire.get(SLUG + "/charter").body()).doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;");
		jdbc.sql("delete from communities_charter_action where title = '<script>alert(1)</script>'").update();
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void onlyTheCommunitysChampionsMayChangeIt() {
		UUID demoAction = jdbc.sql("select id from communities_charter_action order by changed_at limit 1")
			.query(UUID.class).single();
		var sam = Demo.signedIn(port, "volunteer@wraparound.example");
		sam.get(SLUG + "/charter");
		assertThat(sam.get(SLUG + "/charter").body()).doesNotContain("Record an action");
		assertThat(sam.post(SLUG + "/charter", Map.of("sector", "MEDIA", "title", "Sneaky", "status", "DONE"))
			.status()).isEqualTo(404);
		assertThat(sam.post(SLUG + "/charter/" + demoAction, Map.of("status", "PLANNED")).status()).isEqualTo(404);
		assertThat(sam.post(SLUG + "/charter/" + demoAction + "/remove", Map.of()).status()).isEqualTo(404);
		var claire = Demo.signedIn(port, "champion@wraparound.example");
		claire.get(SLUG + "/charter");
		assertThat(claire.post(SLUG + "/charter/not-an-id/remove", Map.of()).status()).isEqualTo(404);
		assertThat(claire.post(SLUG + "/charter/" + UUID.randomUUID() + "/remove", Map.of()).status()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from communities_charter_action where title = 'Sneaky'")
			.query(Long.class).single()).isZero();
	}

	private long count() {
		return jdbc.sql("select count(*) from communities_charter_action").query(Long.class).single();
	}
}
