package org.wraparound.communities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wraparound.Demo;
import org.wraparound.HtmlChecker;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.accounts.SignUp;
import org.wraparound.platform.Language;

/** Champions name their community's neighbourhoods and say what it does; no one else can. */
@WraparoundTest
class NeighbourhoodsTests {

	@LocalServerPort
	int port;

	@Autowired
	CommunityManagement communities;

	@Autowired
	AccountManagement accounts;

	/** A new community led by a new person, and that person signed in. */
	private record Led(CommunitySummary community, Visitor champion) {
	}

	private Led led(String name) {
		String email = Newcomers.email("lead");
		var id = accounts.signUp(new SignUp("Dana Lee", email, Newcomers.PASSWORD, Language.EN)).orElseThrow();
		var community = communities.start(new StartCommunity(name, "Somewhere", ZoneId.of("America/Toronto"), id,
				Optional.of(new Area(45.0, -75.0, 10)), EnumSet.allOf(Language.class)));
		var visitor = new Visitor(port);
		assertThat(visitor.signIn(email, Newcomers.PASSWORD).status()).isEqualTo(302);
		return new Led(community, visitor);
	}

	private static Map<String, String> place(String name, String latitude, String longitude) {
		return Map.of("name", name, "latitude", latitude, "longitude", longitude);
	}

	@Test
	void aChampionAddsRenamesAndRemovesNeighbourhoodsWhichKeepTheirIds() {
		var led = led("Willow Creek");
		String base = "/communities/" + led.community().slug();
		var page = led.champion().get(base + "/manage");
		assertThat(page.status()).isEqualTo(200);
		assertThat(HtmlChecker.errors(page.body())).isEmpty();

		assertThat(led.champion().post(base + "/neighbourhoods", place("Riverside", "45.01", "-75.02")).location())
			.endsWith(base + "/manage#neighbourhoods");
		led.champion().post(base + "/neighbourhoods", place("Old Town", "45,02", "−75,03"));
		var added = communities.neighbourhoods(led.community().id());
		assertThat(added).extracting(Neighbourhood::name).containsExactly("Old Town", "Riverside");
		var riverside = added.get(1);
		assertThat(riverside.latitude()).isEqualTo(45.01);

		led.champion().get(base + "/manage");
		led.champion().post(base + "/neighbourhoods/" + riverside.id(), place("River Bend", "45.015", "-75.02"));
		assertThat(communities.neighbourhoods(led.community().id())).contains(
				new Neighbourhood(riverside.id(), "River Bend", 45.015, -75.02));

		var shown = new Visitor(port).get(base);
		assertThat(shown.body()).contains("Neighbourhoods", "River Bend", "Old Town");

		led.champion().get(base + "/manage");
		led.champion().post(base + "/neighbourhoods/" + riverside.id() + "/remove", Map.of());
		assertThat(communities.neighbourhoods(led.community().id())).extracting(Neighbourhood::name)
			.containsExactly("Old Town");
	}

	@Test
	void badNeighbourhoodsAreExplainedAndNothingChanges() {
		var led = led("Aspen Hollow");
		String base = "/communities/" + led.community().slug();
		led.champion().get(base + "/manage");
		led.champion().post(base + "/neighbourhoods", place("Hilltop", "45", "-75"));
		var hilltop = communities.neighbourhoods(led.community().id()).get(0);
		for (var bad : Map.of(place("", "45", "-75"), "Give the neighbourhood a name.",
				place("hilltop", "45", "-75"), "already has a neighbourhood by that name",
				place("x".repeat(81), "45", "-75"), "At most 80 characters.",
				place("Valley", "-91", "-75"), "A latitude is between −90 and 90.",
				place("Valley", "45", "181"), "A longitude is between −180 and 180.",
				place("Valley", "45", "west"), "Enter a number").entrySet()) {
			var response = led.champion().post(base + "/neighbourhoods", bad.getKey());
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body()).as(bad.getKey().toString()).contains(bad.getValue());
			assertThat(HtmlChecker.errors(response.body())).isEmpty();
		}
		var rename = led.champion().post(base + "/neighbourhoods/" + hilltop.id(), place("Hilltop", "95", "-75"));
		assertThat(rename.body()).contains("A latitude is between −90 and 90.", "value=\"95\"");
		assertThat(HtmlChecker.errors(rename.body())).isEmpty();
		assertThat(communities.neighbourhoods(led.community().id())).containsExactly(hilltop);
	}

	@Test
	void onlyTheCommunitysChampionsMayChangeIt() {
		var led = led("Birchwood");
		var other = led("Elmwood");
		String base = "/communities/" + led.community().slug();
		led.champion().get(base + "/manage");
		led.champion().post(base + "/neighbourhoods", place("North End", "45", "-75"));
		var northEnd = communities.neighbourhoods(led.community().id()).get(0);

		var sam = Demo.signedIn(port, "volunteer@wraparound.example");
		assertThat(sam.get(base + "/manage").status()).isEqualTo(404);
		assertThat(sam.get(base + "/champions/invite").status()).isEqualTo(404);
		sam.get("/");
		assertThat(sam.post(base + "/neighbourhoods", place("Mine", "45", "-75")).status()).isEqualTo(404);
		assertThat(sam.post(base + "/neighbourhoods/" + northEnd.id(), place("Mine", "45", "-75")).status())
			.isEqualTo(404);
		assertThat(sam.post(base + "/neighbourhoods/" + northEnd.id() + "/remove", Map.of()).status()).isEqualTo(404);
		assertThat(sam.post(base + "/description", Map.of("english", "Mine", "french", "")).status()).isEqualTo(404);

		String otherBase = "/communities/" + other.community().slug();
		other.champion().get(otherBase + "/manage");
		assertThat(other.champion().post(otherBase + "/neighbourhoods/" + northEnd.id() + "/remove", Map.of())
			.status()).isEqualTo(404);
		assertThat(other.champion().post(otherBase + "/neighbourhoods/not-an-id", place("X", "1", "1")).status())
			.isEqualTo(404);

		var anonymous = new Visitor(port);
		assertThat(anonymous.get(base + "/manage").location()).endsWith("/signin");
		assertThat(communities.neighbourhoods(led.community().id())).containsExactly(northEnd);
		assertThat(communities.description(led.community().id()).english()).isEmpty();
		assertThat(communities.addNeighbourhood(led.community().id(),
				accounts.findByEmail("volunteer@wraparound.example").orElseThrow().id(),
				new PlaceName("Sneaky", 1, 1))).isEmpty();
	}

	@Test
	void championsDescribeTheCommunityAndEachReaderSeesTheirLanguageWhenThereIsOne() {
		var led = led("Cedar Falls");
		String base = "/communities/" + led.community().slug();
		led.champion().get(base + "/manage");
		assertThat(led.champion().post(base + "/description",
				Map.of("english", "We bring meals.\nWe visit.", "french", "")).status()).isEqualTo(302);
		assertThat(new Visitor(port).speaking("fr").get(base).body())
			.contains("<p class=\"lead pre\" lang=\"en\">We bring meals.\nWe visit.</p>");

		led.champion().get(base + "/manage");
		led.champion().post(base + "/description", Map.of("english", "We bring meals.", "french",
				"Nous apportons des repas."));
		assertThat(new Visitor(port).speaking("fr").get(base).body()).contains("Nous apportons des repas.")
			.doesNotContain("We bring meals.");
		assertThat(new Visitor(port).get(base).body()).contains("<p class=\"lead pre\">We bring meals.</p>");

		var tooLong = led.champion().post(base + "/description", Map.of("english", "x".repeat(2001), "french", ""));
		assertThat(tooLong.body()).contains("At most 2,000 characters.");
		assertThat(communities.description(led.community().id()).english()).isEqualTo("We bring meals.");
	}
}
