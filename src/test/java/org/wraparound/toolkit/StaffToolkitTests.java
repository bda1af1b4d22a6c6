package org.wraparound.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.wraparound.Demo;
import org.wraparound.HtmlChecker;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;

/**
 * Staff edit a guide in the product: the change is a new version with who and when, the earlier text stays, and
 * whatever they type cannot put a script in front of a reader.
 */
@WraparoundTest
class StaffToolkitTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CommunityManagement communities;

	@Autowired
	AccountManagement accounts;

	String step;

	@BeforeEach
	void temporaryStep() {
		step = TemporarySteps.create(context);
	}

	@AfterEach
	void removeIt() {
		TemporarySteps.remove(context, step);
	}

	@Test
	void anEditIsANewVersionAndTheHistoryShowsWhoChangedWhat() {
		var jordan = Demo.signedIn(port, "staff@wraparound.example");
		assertThat(jordan.get("/staff/toolkit").body()).contains("Test step " + step);
		assertThat(jordan.get("/staff/toolkit/steps/" + step + "/en").body()).contains("Some words.");
		var saved = jordan.post("/staff/toolkit/steps/" + step + "/en",
				Map.of("title", "Ask your neighbours", "markdown", "## What it is\nNew words from staff.", "basedOn", "1"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.location()).endsWith("/staff/toolkit/steps/" + step + "/history");
		var history = jordan.get("/staff/toolkit/steps/" + step + "/history").body();
		assertThat(history).contains("Version 2, English", "Changed by Jordan Lee", "New words from staff.",
				"Version 1, English", "Written by the Wraparound team", "Some words.", "Version 1, French",
				"The guide is saved.");
		assertThat(HtmlChecker.errors(history)).isEmpty();

		var stale = jordan.post("/staff/toolkit/steps/" + step + "/en",
				Map.of("title", "Someone else", "markdown", "Older edit", "basedOn", "1"));
		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.body()).contains("Someone else changed this guide", "Older edit");
	}

	@Test
	void scriptsAndScriptLinksAreNeutralizedForReaders() {
		var jordan = Demo.signedIn(port, "staff@wraparound.example");
		jordan.get("/staff/toolkit/steps/" + step + "/en");
		jordan.post("/staff/toolkit/steps/" + step + "/en", Map.of("title", "<b>Bold</b> title", "markdown",
				"Hello <script>alert('owned')</script>\n\n[Open me](javascript:alert(1))", "basedOn", "1"));
		var community = Communities.startedBy(communities, accounts, "volunteer@wraparound.example");
		var page = Demo.signedIn(port, "volunteer@wraparound.example")
			.get("/toolkit/" + community.slug() + "/steps/" + step).body();
		assertThat(page).contains("&lt;script&gt;alert", "&lt;b&gt;Bold&lt;/b&gt; title", ">Open me</a>")
			.doesNotContain("<script>alert", "javascript:");
		assertThat(HtmlChecker.errors(page)).isEmpty();
	}

	@Test
	void badInputComesBackWithMessagesAndChangesNothing() {
		var jordan = Demo.signedIn(port, "staff@wraparound.example");
		jordan.get("/staff/toolkit/steps/" + step + "/fr?lang=fr");
		var page = jordan.post("/staff/toolkit/steps/" + step + "/fr",
				Map.of("title", "", "markdown", "x".repeat(20_001), "basedOn", "1"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Veuillez donner un titre à l’étape.",
				"Veuillez garder le guide sous 20 000 caractères.");
		assertThat(HtmlChecker.errors(page.body())).isEmpty();
		assertThat(jordan.get("/staff/toolkit/steps/" + step + "/history").body()).doesNotContain("Version 2");
		assertThat(jordan.get("/staff/toolkit/steps/" + step + "/de").status()).isEqualTo(404);
		assertThat(jordan.get("/staff/toolkit/steps/nowhere/en").status()).isEqualTo(404);
	}

	@Test
	void onlyStaffEdit() {
		var claire = Demo.signedIn(port, "champion@wraparound.example");
		assertThat(claire.get("/staff/toolkit").status()).isEqualTo(403);
		assertThat(claire.post("/staff/toolkit/steps/" + step + "/en",
				Map.of("title", "Mine", "markdown", "Mine", "basedOn", "1")).status()).isEqualTo(403);
		assertThat(new Visitor(port).get("/staff/toolkit").status()).isEqualTo(302);
	}

	@Test
	void staffChangeAddAndRemoveChecklistItems() {
		var jordan = Demo.signedIn(port, "staff@wraparound.example");
		assertThat(jordan.get("/staff/toolkit/steps/" + step + "/items").body()).contains("First thing",
				"Deuxième chose");
		// two rows and a new one, sent as a browser would: repeated names in order
		String body = "key=" + step + "-1&en=First%2C+and+better&fr=Premi%C3%A8re%2C+en+mieux"
				+ "&key=" + step + "-2&en=&fr=" + "&key=&en=A+new+one&fr=Une+nouvelle";
		var saved = jordan.postForm("/staff/toolkit/steps/" + step + "/items", body);
		assertThat(saved.status()).isEqualTo(302);
		var page = jordan.get("/staff/toolkit/steps/" + step + "/items").body();
		assertThat(page).contains("First, and better", "Première, en mieux", "A new one", "The checklist is saved.")
			.doesNotContain("Second thing");
		assertThat(HtmlChecker.errors(page)).isEmpty();

		var halfDone = jordan.postForm("/staff/toolkit/steps/" + step + "/items",
				"key=" + step + "-1&en=Only+English&fr=");
		assertThat(halfDone.status()).isEqualTo(200);
		assertThat(halfDone.body()).contains("needs its words in both English and French", "First, and better");
		var tooLong = jordan.postForm("/staff/toolkit/steps/" + step + "/items",
				"key=&en=" + "x".repeat(301) + "&fr=y");
		assertThat(tooLong.body()).contains("An item is too long").doesNotContain("xxxxxxxxxx");
	}
}
