package org.wraparound.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wraparound.Demo;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.platform.Language;

/** Champions tick their own community's checklist, with or without htmx; nobody else can see or tick it. */
@WraparoundTest
class ToolkitTests {

	@LocalServerPort
	int port;

	@Autowired
	CommunityManagement communities;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Toolkit toolkit;

	@Test
	void aChampionTicksAndUnticksAnItemWithoutScript() {
		var community = Communities.startedBy(communities, accounts, "volunteer@wraparound.example");
		var sam = Demo.signedIn(port, "volunteer@wraparound.example");
		String step = "/toolkit/" + community.slug() + "/steps/readiness";
		assertThat(sam.get(step).body()).contains("Check that you are ready", "0 of 3 done", "Mark as done");

		var ticked = sam.post(step + "/items/readiness-2", Map.of("done", "true"));
		assertThat(ticked.status()).isEqualTo(302);
		assertThat(ticked.location()).endsWith(step + "#checklist");
		assertThat(sam.get(step).body()).contains("1 of 3 done", "Ticked by Sam Okafor", "Marked as done.");

		sam.post(step + "/items/readiness-2", Map.of("done", "false"));
		assertThat(sam.get(step).body()).contains("0 of 3 done").doesNotContain("Ticked by");
	}

	@Test
	void withHtmxOnlyTheChecklistComesBack() {
		var community = Communities.startedBy(communities, accounts, "volunteer@wraparound.example");
		var sam = Demo.signedIn(port, "volunteer@wraparound.example");
		String step = "/toolkit/" + community.slug() + "/steps/why";
		sam.get(step);
		sam.post(step + "/items/why-1", Map.of("done", "true"));
		var fragment = sam.postWithHeader(step + "/items/why-3", Map.of("done", "true"), "HX-Request", "true");
		assertThat(fragment.status()).isEqualTo(200);
		assertThat(fragment.body().strip()).startsWith("<section id=\"checklist\"").contains("2 of 3 done")
			.doesNotContain("<html");
		var progress = toolkit.progress(community, Language.EN);
		assertThat(progress.step("why").orElseThrow().ticked()).isEqualTo(2);
	}

	@Test
	void anotherCommunitysChampionAndOtherPeopleGetNotFound() {
		var community = Communities.startedBy(communities, accounts, "volunteer@wraparound.example");
		String dashboard = "/toolkit/" + community.slug();
		var claire = Demo.signedIn(port, "champion@wraparound.example");
		assertThat(claire.get(dashboard).status()).isEqualTo(404);
		assertThat(claire.get(dashboard + "/steps/why").status()).isEqualTo(404);
		claire.get("/toolkit/maple-grove-compassionate-community");
		assertThat(claire.post(dashboard + "/steps/why/items/why-1", Map.of("done", "true")).status()).isEqualTo(404);
		var maria = Demo.signedIn(port, "member@wraparound.example");
		assertThat(maria.get("/toolkit/maple-grove-compassionate-community").status()).isEqualTo(404);
		assertThat(maria.get("/toolkit/no-such-community").status()).isEqualTo(404);
		assertThat(toolkit.progress(community, Language.EN).step("why").orElseThrow().ticked()).isZero();
		assertThat(new org.wraparound.Visitor(port).get(dashboard).status()).isEqualTo(302);
	}

	@Test
	void staffLookButDoNotTick() {
		var community = Communities.startedBy(communities, accounts, "volunteer@wraparound.example");
		var jordan = Demo.signedIn(port, "staff@wraparound.example");
		String step = "/toolkit/" + community.slug() + "/steps/why";
		var page = jordan.get(step);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Know why you are starting").doesNotContain("Mark as done");
		assertThat(jordan.post(step + "/items/why-1", Map.of("done", "true")).status()).isEqualTo(404);
	}

	@Test
	void unknownStepsAndItemsAreNotFound() {
		var community = Communities.startedBy(communities, accounts, "volunteer@wraparound.example");
		var sam = Demo.signedIn(port, "volunteer@wraparound.example");
		String base = "/toolkit/" + community.slug() + "/steps/";
		assertThat(sam.get(base + "nowhere").status()).isEqualTo(404);
		sam.get(base + "why");
		assertThat(sam.post(base + "why/items/readiness-1", Map.of("done", "true")).status()).isEqualTo(404);
		assertThat(sam.post(base + "why/items/" + "x".repeat(500), Map.of("done", "true")).status()).isEqualTo(404);
	}

	@Test
	void theFrenchPageIsInFrench() {
		var community = Communities.startedBy(communities, accounts, "volunteer@wraparound.example");
		var sam = Demo.signedIn(port, "volunteer@wraparound.example").speaking("fr");
		var page = sam.get("/toolkit/" + community.slug() + "/steps/why?lang=fr");
		assertThat(page.body()).contains("Savoir pourquoi vous commencez", "Liste de vérification",
				"Marquer comme fait", "/toolkit/" + community.slug() + "/templates/slides");
	}

	@Test
	void theToolkitPageListsTheCommunitiesOneChampions() {
		var claire = Demo.signedIn(port, "champion@wraparound.example");
		assertThat(claire.get("/toolkit").body()).contains("/toolkit/maple-grove-compassionate-community");
		var maria = Demo.signedIn(port, "member@wraparound.example");
		assertThat(maria.get("/toolkit").body()).contains("Vous n’êtes encore responsable d’aucune communauté")
			.doesNotContain("/toolkit/maple-grove");
	}
}
