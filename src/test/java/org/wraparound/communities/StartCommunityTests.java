package org.wraparound.communities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.Demo;
import org.wraparound.HtmlChecker;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.platform.Language;

/** "Start a Compassionate Community", over real HTTP: who may, what is checked, what is stored. */
@WraparoundTest
class StartCommunityTests {

	@LocalServerPort
	int port;

	@Autowired
	CommunityManagement communities;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	static Map<String, String> form(String name) {
		Map<String, String> form = new HashMap<>(Map.of("name", name, "region", "Pine Ridge, Ontario", "latitude",
				"44,2312", "longitude", "−78.3197", "radiusKm", "12.5", "timeZone", "America/Winnipeg"));
		form.put("languages", "fr");
		return form;
	}

	@Test
	void aMemberStartsACommunityAndBecomesItsFirstChampion() {
		String email = Newcomers.email("founder");
		var founder = Newcomers.confirmed(port, "Aline Roy", email);
		var page = founder.get("/communities/start");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Start a Compassionate Community", "Eastern (Toronto",
				"<option value=\"America/Toronto\" selected>");
		assertThat(HtmlChecker.errors(page.body())).isEmpty();

		var started = founder.post("/communities/start", form("Pine Ridge Neighbours"));
		assertThat(started.location()).endsWith("/communities/pine-ridge-neighbours");
		var shown = founder.get("/communities/pine-ridge-neighbours");
		assertThat(shown.body()).contains("Your community is started", "Pine Ridge Neighbours", "Aline",
				"Lead this community", "(within 13 km)", "Central (Winnipeg)", "<li>Aline</li>", "<li>French</li>")
			.doesNotContain("<li>Aline Roy</li>");

		var community = communities.findBySlug("pine-ridge-neighbours").orElseThrow();
		var me = accounts.findByEmail(email).orElseThrow().id();
		assertThat(community.champions()).containsExactly(me);
		assertThat(community.area()).contains(new Area(44.2312, -78.3197, 12.5));
		assertThat(community.languages()).containsExactly(Language.FR);
		assertThat(community.timeZone()).isEqualTo(ZoneId.of("America/Winnipeg"));
	}

	@Test
	void badInputIsExplainedNextToEachFieldAndNothingIsStored() {
		var founder = Newcomers.confirmed(port, "Bea", Newcomers.email("bea"));
		founder.get("/communities/start");
		long before = jdbc.sql("select count(*) from communities_community").query(Long.class).single();
		List<Map.Entry<Map<String, String>, String>> cases = List.of(
				Map.entry(Map.of("name", ""), "Give your initiative a name."),
				Map.entry(Map.of("name", "x".repeat(121)), "At most 120 characters."),
				Map.entry(Map.of("region", ""), "Name the area your community covers."),
				Map.entry(Map.of("latitude", "90.5"), "A latitude is between −90 and 90."),
				Map.entry(Map.of("latitude", "north"), "Enter a number, such as 44.3894."),
				Map.entry(Map.of("latitude", ""), "Enter the latitude."),
				Map.entry(Map.of("longitude", "-180.01"), "A longitude is between −180 and 180."),
				Map.entry(Map.of("radiusKm", "0"), "Enter a distance of more than 0 and at most 500 km."),
				Map.entry(Map.of("radiusKm", "500.5"), "Enter a distance of more than 0 and at most 500 km."),
				Map.entry(Map.of("timeZone", "Mars/Olympus_Mons"), "Choose a time zone from the list."),
				Map.entry(Map.of("languages", "de"), "Choose at least one language."),
				Map.entry(Map.of("name", "a\u0000b"), "This field contains characters we cannot accept."));
		for (var bad : cases) {
			Map<String, String> form = form("Good Name");
			form.putAll(bad.getKey());
			var response = founder.post("/communities/start", form);
			assertThat(response.status()).as(bad.getValue()).isEqualTo(200);
			assertThat(response.body()).as(bad.getKey().toString()).contains("field-error", bad.getValue());
			if (!bad.getKey().getOrDefault("name", "").contains("\u0000")) {
				// a control character typed in is shown back as typed (as on every form), which the checker flags
				assertThat(HtmlChecker.errors(response.body())).isEmpty();
			}
		}
		Map<String, String> french = form("");
		french.put("radiusKm", "0");
		founder.get("/communities/start?lang=fr");
		var response = founder.post("/communities/start", french);
		assertThat(response.body()).contains("Donnez un nom à votre initiative.",
				"Entrez une distance de plus de 0 et d’au plus 500 km.");
		assertThat(jdbc.sql("select count(*) from communities_community").query(Long.class).single())
			.isEqualTo(before);
	}

	@Test
	void onlySomeoneSignedInWithAConfirmedAddressMayStartOne() {
		assertThat(new Visitor(port).get("/communities/start").location()).endsWith("/signin");

		String email = Newcomers.email("unconfirmed");
		var unconfirmed = Newcomers.signedUp(port, "Cy", email, "en");
		assertThat(unconfirmed.get("/communities/start").body()).contains("Please confirm your email address first");
		assertThat(unconfirmed.post("/communities/start", form("Unconfirmed Place")).status()).isEqualTo(200);
		assertThat(communities.findBySlug("unconfirmed-place")).isEmpty();
	}

	@Test
	void aCommunityCalledStartDoesNotHideTheStartPage() {
		var founder = Demo.signedIn(port, "member@wraparound.example");
		founder.get("/communities/start");
		assertThat(founder.post("/communities/start", form("Start")).location()).endsWith("/communities/start-2");
		assertThat(founder.get("/communities/start").body()).contains("name=\"radiusKm\"");
	}

	@Test
	void theListAndTheJoinPageLeadToTheStartPage() {
		assertThat(new Visitor(port).get("/communities").body()).contains("href=\"/communities/start\"");
		assertThat(Demo.signedIn(port, "volunteer@wraparound.example").get("/join/start-a-community").body())
			.contains("href=\"/communities/start\"");
	}
}
