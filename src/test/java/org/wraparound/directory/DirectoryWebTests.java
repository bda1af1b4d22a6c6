package org.wraparound.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wraparound.Demo;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;

/** The asset map's pages: public reading, champions-only changes, the search's bad parameters, the entry form. */
@WraparoundTest
class DirectoryWebTests {

	static final String DEMO = "/communities/maple-grove-compassionate-community/directory";

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	CommunityManagement communities;

	@Autowired
	AccountManagement accounts;

	@Test
	void theDemoMapIsPublicWithItsEntriesGapsAndOneEntryToReview() {
		var page = new Visitor(port).get(DEMO);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Cedar Park Grief Circle", "No grief group for men", "No transport on Sundays",
				"Needs review").doesNotContain("Add an entry");
		var found = new Visitor(port).get(DEMO + "?q=grief&category=GRIEF_SUPPORT");
		assertThat(found.body()).contains("Cedar Park Grief Circle").doesNotContain("Station Square Volunteer Drivers");
		var community = new Visitor(port).get("/communities/maple-grove-compassionate-community");
		assertThat(community.body()).contains("href=\"" + DEMO + "\"");
	}

	@Test
	void badSearchParametersGiveAMessageNeverAnError() {
		var visitor = new Visitor(port);
		for (String query : new String[] { "?category=NOPE", "?near=somewhere", "?near=centre&within=lots",
				"?near=centre&within=-3", "?q=" + "x".repeat(300), "?language=" + "y".repeat(80),
				"?category=%00&near=%01" }) {
			var page = visitor.get(DEMO + query);
			assertThat(page.status()).as(query).isLessThan(500);
			if (page.status() == 200) {
				assertThat(page.body()).as(query).contains("Part of your search could not be used");
			}
		}
		var ok = visitor.get(DEMO + "?near=centre&within=0.5&category=hospice");
		assertThat(ok.status()).isEqualTo(200);
		assertThat(ok.body()).doesNotContain("Part of your search could not be used");
	}

	@Test
	void someoneWhoIsNotAChampionCannotChangeTheMap() {
		var community = Maps.fresh(communities, accounts);
		var entry = directory.add(community.id(), Maps.claire(accounts),
				Maps.entry("Kept safe", Category.LIBRARY, "", "", "", "")).orElseThrow();
		String base = "/communities/" + community.slug() + "/directory";

		var stranger = new Visitor(port);
		assertThat(stranger.get(base + "/" + entry).status()).isEqualTo(200);
		assertThat(stranger.get(base + "/new").status()).isEqualTo(302);
		assertThat(stranger.get(base + "/export.csv").status()).isEqualTo(302);

		var sam = Demo.signedIn(port, "volunteer@wraparound.example");
		sam.get(base);
		for (String path : new String[] { base + "/new", base + "/" + entry + "/edit", base + "/import",
				base + "/export.csv", base + "/gaps/new" }) {
			assertThat(sam.get(path).status()).as(path).isEqualTo(404);
		}
		assertThat(sam.post(base + "/" + entry + "/remove", Map.of()).status()).isEqualTo(404);
		assertThat(sam.post(base, form("Sneaky", "LIBRARY")).status()).isEqualTo(404);
		assertThat(directory.count(community.id())).isEqualTo(1);
		// Claire's own entry id, under the demo community's address, opens nothing
		var claire = Demo.signedIn(port, Maps.CLAIRE);
		assertThat(claire.get(DEMO + "/" + entry + "/edit").status()).isEqualTo(404);
	}

	@Test
	void aChampionAddsAnEntryFixingTheMistakesTheFormPointsOut() {
		var community = Maps.fresh(communities, accounts);
		String base = "/communities/" + community.slug() + "/directory";
		var claire = Demo.signedIn(port, Maps.CLAIRE);
		claire.get(base + "/new");

		Map<String, String> wrong = form("", "NOPE");
		wrong.put("website", "javascript:alert(1)");
		wrong.put("email", "not an address");
		wrong.put("latitude", "95");
		var refused = claire.post(base, wrong);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("Give a name.", "This is not one of the kinds we know.",
				"Give a web address starting with https:// or http://.", "Give an email address",
				"A latitude is between", "javascript:alert(1)");
		assertThat(directory.count(community.id())).isZero();

		Map<String, String> right = form("Hilltop Hospice", "HOSPICE");
		right.put("website", "https://hilltop.example");
		right.put("latitude", "44,39");
		right.put("longitude", "−79,69");
		right.put("languages", "English, Greek");
		var added = claire.post(base, right);
		assertThat(added.status()).isEqualTo(302);
		var shown = claire.get(java.net.URI.create(added.location()).getPath());
		assertThat(shown.body()).contains("Hilltop Hospice", "English, Greek", "https://hilltop.example",
				"The entry was added.");
		var entry = directory.search(community.id(), Search.all()).get(0).entry();
		assertThat(entry.point()).contains(new Point(44.39, -79.69));
	}

	static Map<String, String> form(String name, String category) {
		Map<String, String> form = new HashMap<>();
		for (String field : EntryInput.FIELDS) {
			form.put(field, "");
		}
		form.put("name", name);
		form.put("category", category);
		return form;
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
