package org.wraparound.circles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.HtmlChecker;
import org.wraparound.Demo;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;

/** The support-network map over real HTTP: drawn with a table and its gaps; only coordinators change it. */
@WraparoundTest
class SupportMapTests {

	@LocalServerPort
	int port;

	@Autowired
	CircleManagement circles;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCoordinatorAddsHelpersAndTheGapsAreNamed() {
		String henri = circleOf("champion@wraparound.example", "Henri");
		var claire = signedIn("champion@wraparound.example");
		var page = claire.get("/circles/" + henri);
		assertThat(page.body()).contains("role=\"img\"", "<title id=\"map-title\">", "<desc id=\"map-desc\">",
				"Gaps: nobody helps yet with Physical, Emotional, Social, Spiritual, Practical.");

		String maria = accounts.findByEmail("member@wraparound.example").orElseThrow().id().toString();
		assertThat(claire.post("/circles/" + henri + "/supporters",
				Map.of("domain", "SPIRITUAL", "member", "", "name", "St. Anne’s parish")).status()).isEqualTo(302);
		claire.get("/circles/" + henri);
		assertThat(claire.post("/circles/" + henri + "/supporters",
				Map.of("domain", "SOCIAL", "member", maria, "name", "")).status()).isEqualTo(302);

		var drawn = claire.get("/circles/" + henri);
		assertThat(drawn.body()).contains("St. Anne’s parish", "Gaps: nobody helps yet with Physical, Emotional, Practical.")
			.doesNotContain("style=");
		assertThat(HtmlChecker.errors(drawn.body())).isEmpty();

		var wrong = claire.post("/circles/" + henri + "/supporters",
				Map.of("domain", "PRACTICAL", "member", "", "name", "<i>Bob</i>"));
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.body()).contains("id=\"supporter-name-error\"");
		assertThat(HtmlChecker.errors(wrong.body())).isEmpty();
		assertThat(jdbc.sql("select count(*) from circles_supporter where name like '%Bob%'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aCoordinatorLinksAGroupOfTheAssetMap() {
		String henri = circleOf("champion@wraparound.example", "Henri");
		var claire = signedIn("champion@wraparound.example");
		var page = claire.get("/circles/" + henri);
		assertThat(page.body()).contains("id=\"supporter-group\"", "Cedar Park Grief Circle (Grief support)");
		String entry = jdbc.sql("select id from directory_entry where name = 'Cedar Park Grief Circle'")
			.query(String.class).single();

		assertThat(claire.post("/circles/" + henri + "/supporters",
				Map.of("domain", "EMOTIONAL", "member", "", "group", entry, "name", "")).status()).isEqualTo(302);
		var drawn = claire.get("/circles/" + henri);
		assertThat(drawn.body()).contains("<a href=\"/communities/maple-grove-compassionate-community/directory/" + entry
				+ "\">Cedar Park Grief Circle</a> <span class=\"muted\">(from the asset map)</span>");
		assertThat(HtmlChecker.errors(drawn.body())).isEmpty();
		assertThat(claire.post("/circles/" + henri + "/supporters", Map.of("domain", "EMOTIONAL", "member", "", "group",
				java.util.UUID.randomUUID().toString(), "name", "")).status()).as("not in the asset map").isEqualTo(404);
		assertThat(claire.post("/circles/" + henri + "/supporters",
				Map.of("domain", "EMOTIONAL", "member", "", "group", "nonsense", "name", "")).status()).isEqualTo(404);

		String marguerite = circleOf("member@wraparound.example", "Maggie");
		assertThat(signedIn("volunteer@wraparound.example").get("/circles/" + marguerite).body())
			.as("a helper cannot change the map").doesNotContain("supporter-group");
	}

	@Test
	void helpersAndStrangersCannotChangeTheMap() {
		String marguerite = circleOf("member@wraparound.example", "Maggie");
		String henri = circleOf("champion@wraparound.example", "Henri");
		var sam = signedIn("volunteer@wraparound.example");
		var page = sam.get("/circles/" + marguerite);
		assertThat(page.body()).contains("id=\"support-map\"", "Meals on Wheels Old Mill");
		assertThat(sam.post("/circles/" + marguerite + "/supporters",
				Map.of("domain", "SOCIAL", "member", "", "name", "Sam’s friend")).status()).isEqualTo(404);
		// A coordinator of one circle cannot add a member of another circle, nor change the other circle's map.
		var maria = signedIn("member@wraparound.example");
		maria.get("/circles/" + marguerite);
		String claire = accounts.findByEmail("champion@wraparound.example").orElseThrow().id().toString();
		assertThat(maria.post("/circles/" + marguerite + "/supporters",
				Map.of("domain", "SOCIAL", "member", claire, "name", "")).status()).isEqualTo(404);
		assertThat(maria.post("/circles/" + henri + "/supporters",
				Map.of("domain", "SOCIAL", "member", "", "name", "Maria’s friend")).status()).isEqualTo(404);
		var staff = signedIn("staff@wraparound.example");
		staff.get("/circles");
		assertThat(staff.post("/circles/" + marguerite + "/supporters",
				Map.of("domain", "SOCIAL", "member", "", "name", "Staff")).status()).isEqualTo(404);
	}

	private Visitor signedIn(String email) {
		return Demo.signedIn(port, email);
	}

	private String circleOf(String email, String person) {
		return Demo.circleOf(accounts, circles, email, person);
	}
}
