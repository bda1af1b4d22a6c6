package org.wraparound.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wraparound.Demo;
import org.wraparound.HtmlChecker;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.circles.CircleManagement;

/** Every page is valid HTML, in both languages, signed in or not, and when a form comes back with mistakes. */
@WraparoundTest
class ValidHtmlTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CircleManagement circles;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/join", "/join/volunteer", "/join/start-a-community", "/join/ask-for-help",
			"/communities", "/communities/maple-grove-compassionate-community", "/signin", "/signin?error",
			"/signin?passkey=failed",
			"/signup", "/join/nowhere", "/communities/maple-grove-compassionate-community/directory",
			"/communities/maple-grove-compassionate-community/directory?q=meals&category=MEALS_AND_FOOD&language=English",
			"/communities/maple-grove-compassionate-community/directory?near=centre&within=2",
			"/communities/maple-grove-compassionate-community/directory?category=NOPE&near=nowhere&within=x" })
	void publicPagesAreValidInBothLanguages(String path) {
		for (String language : new String[] { "en", "fr" }) {
			var page = new Visitor(port).speaking(language).get(path);
			assertThat(HtmlChecker.errors(page.body())).as("%s in %s", path, language).isEmpty();
		}
	}

	@Test
	void aFormWithMistakesIsValid() {
		var visitor = new Visitor(port);
		visitor.get("/signup");
		var page = visitor.post("/signup", Map.of("name", "", "email", "nope", "password", "x", "language", "de"));
		assertThat(page.body()).contains("field-error");
		assertThat(HtmlChecker.errors(page.body())).isEmpty();
	}

	@Test
	void helpCalendarPagesAreValidInBothLanguages() {
		String circle = Demo.circleOf(accounts, circles, "member@wraparound.example", "Maggie");
		// Maria reads French and coordinates the circle; Sam reads English and helps.
		for (String email : new String[] { "member@wraparound.example", "volunteer@wraparound.example" }) {
			var visitor = Demo.signedIn(port, email);
			for (String path : new String[] { "/month?month=2031-03&kind=MEAL", "/week?week=2031-03-09&needs=true",
					"/agenda?kind=RIDE&needs=true", "/month?month=nope" }) {
				var page = visitor.get("/helping/circles/" + circle + path);
				assertThat(page.status()).as(path).isEqualTo(200);
				assertThat(HtmlChecker.errors(page.body())).as("%s for %s", path, email).isEmpty();
			}
		}
	}

	@Test
	void assetMapEntriesAndFormsWithMistakesAreValid() {
		String map = "/communities/maple-grove-compassionate-community/directory";
		var visitor = new Visitor(port);
		visitor.signIn("champion@wraparound.example", "wraparound-demo");
		String entry = visitor.get(map).body().replaceAll("(?s).*href=\"" + map + "/([0-9a-f-]{36})\".*", "$1");
		for (String path : new String[] { map + "/" + entry, map + "/" + entry + "/edit" }) {
			var page = visitor.get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(HtmlChecker.errors(page.body())).as(path).isEmpty();
		}
		assertThat(HtmlChecker.errors(new Visitor(port).get(map + "/" + entry).body())).isEmpty();
		visitor.get(map + "/new");
		var form = visitor.post(map, Map.of("name", "", "category", "x", "website", "ftp://x", "latitude", "1"));
		assertThat(form.body()).contains("field-error");
		assertThat(HtmlChecker.errors(form.body())).isEmpty();
		var gap = visitor.post(map + "/gaps", Map.of("category", "", "note", ""));
		assertThat(gap.body()).contains("field-error");
		assertThat(HtmlChecker.errors(gap.body())).isEmpty();
		visitor.get(map + "/import");
		var upload = visitor.upload(map + "/import", "file", "x.csv", "a,b\n1,2\n".getBytes());
		assertThat(upload.body()).contains("error-summary");
		assertThat(HtmlChecker.errors(upload.body())).isEmpty();
	}

	@Test
	void signedInPagesAreValid() {
		var visitor = new Visitor(port);
		visitor.signIn("staff@wraparound.example", "wraparound-demo");
		for (String path : new String[] { "/", "/staff/accounts", "/profile", "/profile?passkey=added" }) {
			assertThat(HtmlChecker.errors(visitor.get(path).body())).as(path).isEmpty();
		}
	}

	@Test
	void aChampionsPagesAreValidInBothLanguages() {
		for (String language : new String[] { "en", "fr" }) {
			var visitor = new Visitor(port).speaking(language);
			visitor.signIn("champion@wraparound.example", "wraparound-demo");
			visitor.get("/?lang=" + language);
			for (String path : new String[] { "/communities/start", "/communities/invitation?token=made-up",
					"/communities/maple-grove-compassionate-community",
					"/communities/maple-grove-compassionate-community/manage",
					"/communities/maple-grove-compassionate-community/champions/invite",
					"/communities/maple-grove-compassionate-community/directory",
					"/communities/maple-grove-compassionate-community/directory/new",
					"/communities/maple-grove-compassionate-community/directory/gaps/new",
					"/communities/maple-grove-compassionate-community/directory/import" }) {
				var page = visitor.get(path);
				assertThat(page.status()).as(path).isEqualTo(200);
				assertThat(HtmlChecker.errors(page.body())).as("%s in %s", path, language).isEmpty();
			}
		}
	}
}
