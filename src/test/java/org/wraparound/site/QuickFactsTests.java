package org.wraparound.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wraparound.DatabaseTest;
import org.wraparound.Demo;
import org.wraparound.HtmlChecker;
import org.wraparound.Visitor;

/** Staff keep the home page's quick facts; the shipped ones are stored on first start, in both languages. */
@DatabaseTest
class QuickFactsTests {

	@LocalServerPort
	int port;

	@Autowired
	QuickFacts facts;

	@Test
	void theShippedFactsAreStoredInBothLanguages() {
		var all = facts.all();
		assertThat(all).hasSizeGreaterThanOrEqualTo(FactsSeed.SHIPPED.size());
		var first = all.get(0);
		assertThat(first.textEn()).contains("70 to 80%");
		assertThat(first.textFr()).isNotEqualTo(first.textEn()).contains("70");
		assertThat(first.year()).isEqualTo(2007);
		assertThat(new Visitor(port).speaking("fr").get("/").body()).contains(first.textFr());
	}

	@Test
	void staffAddChangeAndRemoveAFactAndBadInputChangesNothing() {
		Visitor jordan = Demo.signedIn(port, "staff@wraparound.example");
		assertThat(jordan.get("/staff/accounts").body()).contains("href=\"/staff/facts\"");
		var list = jordan.get("/staff/facts");
		assertThat(list.status()).isEqualTo(200);
		assertThat(HtmlChecker.errors(list.body())).isEmpty();
		jordan.get("/staff/facts/new");
		String words = "Neighbours brought 120 meals " + UUID.randomUUID();
		Map<String, String> form = new HashMap<>(Map.of("textEn", words, "textFr", "Des voisins ont apporté 120 repas.",
				"sourceEn", "Our own count", "sourceFr", "Notre propre décompte", "year", "3000", "link",
				"javascript:alert(1)", "position", "99"));
		var wrong = jordan.post("/staff/facts", form);
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.body()).contains("Give a year from 1900 to this year", "Give a web address starting with https://",
				words);
		assertThat(HtmlChecker.errors(wrong.body())).isEmpty();
		assertThat(facts.all()).noneMatch(fact -> fact.textEn().equals(words));

		form.put("year", "2025");
		form.put("link", "https://count.example.org/meals");
		assertThat(jordan.post("/staff/facts", form).location()).endsWith("/staff/facts");
		var added = facts.all().stream().filter(fact -> fact.textEn().equals(words)).findFirst().orElseThrow();
		assertThat(new Visitor(port).speaking("en").get("/").body()).contains(words,
				"href=\"https://count.example.org/meals\"");

		jordan.get("/staff/facts/" + added.id());
		form.put("textEn", words + " in one winter");
		assertThat(jordan.post("/staff/facts/" + added.id(), form).status()).isEqualTo(302);
		assertThat(facts.find(added.id()).orElseThrow().textEn()).endsWith("in one winter");
		form.put("textFr", " ");
		assertThat(jordan.post("/staff/facts/" + added.id(), form).body()).contains("Please fill this in.");
		assertThat(facts.find(added.id()).orElseThrow().textFr()).isEqualTo("Des voisins ont apporté 120 repas.");

		assertThat(jordan.post("/staff/facts/" + added.id() + "/remove", Map.of()).status()).isEqualTo(302);
		assertThat(facts.find(added.id())).isEmpty();
		assertThat(jordan.post("/staff/facts/" + added.id() + "/remove", Map.of()).status()).isEqualTo(404);
		assertThat(jordan.get("/staff/facts/not-an-id").status()).isEqualTo(404);
	}

	@Test
	void onlyStaffKeepTheFacts() {
		Visitor claire = Demo.signedIn(port, "champion@wraparound.example");
		assertThat(claire.get("/staff/facts").status()).isEqualTo(403);
		claire.get("/");
		assertThat(claire.post("/staff/facts", Map.of("textEn", "x")).status()).isEqualTo(403);
	}
}
