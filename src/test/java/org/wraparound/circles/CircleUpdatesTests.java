package org.wraparound.circles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.HtmlChecker;
import org.wraparound.Demo;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;

/** The updates feed over real HTTP: who may post, comment and read, and what text is refused. */
@WraparoundTest
class CircleUpdatesTests {

	@LocalServerPort
	int port;

	@Autowired
	CircleManagement circles;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCoordinatorPostsAHelperCommentsAndBothSeeIt() {
		String circle = circleOf("member@wraparound.example", "Maggie");
		String news = "Good news " + UUID.randomUUID() + "\nShe walked to the garden.";
		var maria = signedIn("member@wraparound.example");
		maria.get("/circles/" + circle);
		var posted = maria.post("/circles/" + circle + "/updates", Map.of("text", news));
		assertThat(posted.status()).isEqualTo(302);
		assertThat(posted.location()).endsWith("/circles/" + circle + "#updates");

		var sam = signedIn("volunteer@wraparound.example");
		var page = sam.get("/circles/" + circle);
		assertThat(page.body()).contains("She walked to the garden.");
		String update = updateIdOf(news);
		sam.post("/circles/" + circle + "/updates/" + update + "/comments",
				Map.of("text", "Lovely <3 — I will visit on Friday."));
		assertThat(sam.get("/circles/" + circle).body()).contains("I will visit on Friday");

		// A helper may comment but not post.
		assertThat(sam.post("/circles/" + circle + "/updates", Map.of("text", "Hello")).status()).isEqualTo(404);

		var full = maria.get("/circles/" + circle);
		assertThat(full.body()).contains("She walked to the garden.", "Lovely &lt;3");
		assertThat(HtmlChecker.errors(full.body())).isEmpty();
	}

	@Test
	void htmxGetsTheFeedAloneAndOthersTheWholePage() {
		String circle = circleOf("member@wraparound.example", "Maggie");
		var sam = signedIn("volunteer@wraparound.example");
		var whole = sam.get("/circles/" + circle + "/updates");
		assertThat(whole.status()).isEqualTo(200);
		assertThat(whole.body()).contains("<html", "id=\"updates\"", "id=\"support-map\"");
		assertThat(HtmlChecker.errors(whole.body())).isEmpty();

		var fragment = sam.getWithHeader("/circles/" + circle + "/updates?page=0", "HX-Request", "true");
		assertThat(fragment.status()).isEqualTo(200);
		assertThat(fragment.body().strip()).startsWith("<section").contains("id=\"updates\"").doesNotContain("<html");
	}

	@Test
	void manyUpdatesArePagedTwentyAtATime() {
		String circle = circleOf("champion@wraparound.example", "Henri");
		var claire = signedIn("champion@wraparound.example");
		claire.get("/circles/" + circle);
		for (int i = 1; i <= 21; i++) {
			claire.post("/circles/" + circle + "/updates", Map.of("text", "Paged news number " + i + "."));
		}
		var first = claire.get("/circles/" + circle);
		assertThat(first.body()).contains("Paged news number 21.", "/updates?page=1")
			.doesNotContain("Paged news number 1.");
		var older = claire.get("/circles/" + circle + "/updates?page=1");
		assertThat(older.body()).contains("Paged news number 1.").doesNotContain("Paged news number 21.");
	}

	@Test
	void strangersAndOtherCirclesGet404() {
		String marguerite = circleOf("member@wraparound.example", "Maggie");
		String henri = circleOf("champion@wraparound.example", "Henri");
		var staff = signedIn("staff@wraparound.example");
		assertThat(staff.get("/circles/" + marguerite + "/updates").status()).isEqualTo(404);
		staff.get("/circles");
		assertThat(staff.post("/circles/" + marguerite + "/updates", Map.of("text", "Hi")).status()).isEqualTo(404);
		assertThat(staff.post("/circles/" + marguerite + "/digest", Map.of("wanted", "true")).status()).isEqualTo(404);

		// Sam helps in Marguerite's circle only: Henri's circle id, or one of its updates, gets nothing.
		var sam = signedIn("volunteer@wraparound.example");
		sam.get("/circles/" + marguerite);
		assertThat(sam.post("/circles/" + henri + "/updates", Map.of("text", "Hi")).status()).isEqualTo(404);
		var claire = signedIn("champion@wraparound.example");
		claire.get("/circles/" + henri);
		claire.post("/circles/" + henri + "/updates", Map.of("text", "Henri’s news " + UUID.randomUUID()));
		String henrisUpdate = jdbc.sql("select id from circles_update where circle_id = ? order by posted_at desc limit 1")
			.param(UUID.fromString(henri)).query(String.class).single();
		assertThat(sam.post("/circles/" + marguerite + "/updates/" + henrisUpdate + "/comments",
				Map.of("text", "Sneaky")).status()).isEqualTo(404);
		assertThat(sam.post("/circles/" + henri + "/updates/" + henrisUpdate + "/comments",
				Map.of("text", "Sneaky")).status()).isEqualTo(404);
		assertThat(count("select count(*) from circles_comment where body = 'Sneaky'")).isZero();
	}

	@Test
	void badTextGetsAMessageBesideTheFieldAndNothingIsStored() {
		String circle = circleOf("champion@wraparound.example", "Henri");
		var claire = signedIn("champion@wraparound.example");
		claire.get("/circles/" + circle);
		long before = count("select count(*) from circles_update");
		for (String text : new String[] { "x".repeat(4001), "Hello <script>alert(1)</script>", "Bell \u0007 here",
				"<b>bold</b>", "   " }) {
			var page = claire.post("/circles/" + circle + "/updates", Map.of("text", text));
			assertThat(page.status()).as(text).isEqualTo(200);
			assertThat(page.body()).as(text).contains("class=\"field-error\" id=\"update-text-error\"");
			assertThat(page.body()).doesNotContain("<script>alert", "<b>bold");
			assertThat(HtmlChecker.errors(page.body())).isEmpty();
		}
		assertThat(count("select count(*) from circles_update")).isEqualTo(before);

		claire.post("/circles/" + circle + "/updates", Map.of("text", "A plain update."));
		String update = updateIdOf("A plain update.");
		var comment = claire.post("/circles/" + circle + "/updates/" + update + "/comments",
				Map.of("text", "y".repeat(2001)));
		assertThat(comment.body()).contains("id=\"comment-" + update + "-error\"");
		assertThat(count("select count(*) from circles_comment where update_id = '" + update + "'")).isZero();
	}

	private String updateIdOf(String text) {
		return jdbc.sql("select id from circles_update where body = ?").param(text).query(String.class).single();
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
