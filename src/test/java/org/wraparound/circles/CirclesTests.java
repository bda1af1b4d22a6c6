package org.wraparound.circles;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.Demo;
import org.wraparound.HtmlChecker;
import org.wraparound.TestMail;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.platform.SecretTokens;

/** Opening a circle, keeping it private, recording needs and inviting people, over real HTTP and SMTP. */
@WraparoundTest
class CirclesTests {

	@LocalServerPort
	int port;

	@Autowired
	CircleManagement circles;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	private Visitor demo(String who) {
		return Demo.signedIn(port, who + "@wraparound.example");
	}

	private static Map<String, String> openForm(String firstName) {
		Map<String, String> form = new HashMap<>(Map.of("community", "maple-grove-compassionate-community", "forWhom",
				"SOMEONE", "firstName", firstName, "languages", "en", "neighbourhood", "Old Mill", "address",
				"3 Birch Road", "consentGiver", "PERSON", "consentName", firstName + " Doe", "consentConfirmed", "true"));
		form.put("accessibilityNotes", "Ramp at the back.\nRing twice.");
		return form;
	}

	private String opened(Visitor visitor, String firstName) {
		visitor.get("/circles/new");
		var response = visitor.post("/circles/new", openForm(firstName));
		assertThat(response.location()).as(response.body()).contains("/circles/");
		return response.location().substring(response.location().lastIndexOf('/') + 1);
	}

	@Test
	void aCaregiverOpensACircleAndRecordsWhatIsNeeded() {
		var maria = demo("member");
		String id = opened(maria, "Odette");
		var page = maria.get("/circles/" + id);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Odette", "3 Birch Road", "Ramp at the back.");
		assertThat(HtmlChecker.errors(page.body())).isEmpty();

		Map<String, String> needs = new HashMap<>();
		for (SupportDomain domain : SupportDomain.values()) {
			needs.put("coverage." + domain, "NOT_COVERED");
			needs.put("notes." + domain, "");
		}
		needs.put("coverage.PRACTICAL", "PARTLY");
		needs.put("notes.PRACTICAL", "Soup on Mondays");
		assertThat(maria.post("/circles/" + id + "/needs", needs).status()).isEqualTo(302);
		var mariaId = accounts.findByEmail("member@wraparound.example").orElseThrow().id();
		assertThat(circles.view(CircleId.parse(id).orElseThrow(), mariaId).orElseThrow().needs())
			.contains(new Need(SupportDomain.PRACTICAL, "Soup on Mondays", Coverage.PARTLY));

		assertThat(jdbc.sql("select action from audit_entry where record_id = ? order by at").param(id)
			.query(String.class).list()).contains("CREATED", "VIEWED", "CHANGED");
	}

	@Test
	void strangersFindNothingAndChampionsLookInWithoutChanging() {
		String id = opened(demo("member"), "Pauline");
		for (String path : new String[] { "/circles/" + id, "/circles/" + UUID.randomUUID(), "/circles/nonsense",
				"/circles/" + id + "/invite" }) {
			assertThat(demo("staff").get(path).status()).as(path).isEqualTo(404);
		}
		var stranger = demo("staff");
		stranger.get("/");
		assertThat(stranger.post("/circles/" + id + "/needs", Map.of("coverage.PHYSICAL", "COVERED")).status())
			.isEqualTo(404);
		assertThat(new Visitor(port).get("/circles/" + id).location()).endsWith("/signin");

		var champion = demo("champion").get("/circles/" + id);
		assertThat(champion.status()).isEqualTo(200);
		assertThat(champion.body()).contains("Pauline").doesNotContain("3 Birch Road", "name=\"coverage.PHYSICAL\"");
	}

	@Test
	void aFriendIsInvitedByEmailAndJoinsOnceTheirAddressIsConfirmed() {
		String id = opened(demo("member"), "Quentin");
		String friend = "friend." + UUID.randomUUID().toString().substring(0, 8) + "@circles.example";
		var maria = demo("member");
		maria.get("/circles/" + id + "/invite");
		assertThat(maria.post("/circles/" + id + "/invite", Map.of("email", friend, "role", "HELPER")).status())
			.isEqualTo(302);
		var invitation = TestMail.awaitMailTo(friend, 1).get(0);
		String link = TestMail.link(invitation, "/circles/invitation");
		assertThat(TestMail.text(invitation)).contains("Maria Tremblay", "Quentin");

		var newcomer = new Visitor(port);
		newcomer.get("/signup");
		newcomer.post("/signup", Map.of("name", "Fern Ali", "email", friend, "password", "a fine long password",
				"language", "en"));
		newcomer.signIn(friend, "a fine long password");
		String token = link.substring(link.indexOf("token=") + 6);
		assertThat(newcomer.get(link).body()).contains("Join the circle");
		assertThat(newcomer.post("/circles/invitation", Map.of("token", token)).body())
			.contains("Please confirm your email address first");

		String verify = TestMail.link(TestMail.awaitMailTo(friend, 2).stream()
			.filter(mail -> TestMail.text(mail).contains("/verify-email")).findFirst().orElseThrow(), "/verify-email");
		newcomer.get(verify);
		newcomer.post("/verify-email", Map.of("token", verify.substring(verify.indexOf("token=") + 6)));
		var joined = newcomer.post("/circles/invitation", Map.of("token", token));
		assertThat(joined.location()).endsWith("/circles/" + id);
		assertThat(newcomer.get("/circles/" + id).body()).contains("Fern Ali", "a helper");

		var again = demo("volunteer");
		again.get(link);
		assertThat(again.post("/circles/invitation", Map.of("token", token)).body())
			.contains("This invitation no longer works");
	}

	@Test
	void anExpiredOrMadeUpInvitationSaysSoPlainly() {
		String id = opened(demo("member"), "Rosalie");
		var maria = accounts.findByEmail("member@wraparound.example").orElseThrow().id();
		String token = SecretTokens.newToken();
		jdbc.sql("insert into circles_invite (token_hash, circle_id, email, role, invited_by, created_at, expires_at) "
				+ "values (?, ?, ?, 'HELPER', ?, ?, ?)")
			.params(SecretTokens.hash(token), UUID.fromString(id), "late@circles.example", maria.value(),
					Timestamp.from(Instant.now().minusSeconds(8 * 86_400)),
					Timestamp.from(Instant.now().minusSeconds(86_400)))
			.update();
		var sam = demo("volunteer");
		for (String attempt : new String[] { token, "made-up", "<script>", "x".repeat(5_000) }) {
			assertThat(sam.get("/circles/invitation?token=" + URLEncoder.encode(attempt, StandardCharsets.UTF_8))
				.body()).contains("This invitation no longer works");
			assertThat(sam.post("/circles/invitation", Map.of("token", attempt)).status()).isLessThan(500);
		}
		var samId = accounts.findByEmail("volunteer@wraparound.example").orElseThrow().id();
		assertThat(circles.view(CircleId.parse(id).orElseThrow(), samId)).isEmpty();
	}

	@Test
	void aHelperCannotChangeNeedsNorInvite() {
		var sam = demo("volunteer");
		var samId = accounts.findByEmail("volunteer@wraparound.example").orElseThrow().id();
		var marguerite = circles.circlesOf(samId).stream().filter(c -> c.personName().equals("Maggie")).findFirst()
			.orElseThrow();
		sam.get("/circles/" + marguerite.id());
		assertThat(sam.post("/circles/" + marguerite.id() + "/needs", Map.of("coverage.PHYSICAL", "COVERED")).status())
			.isEqualTo(403);
		assertThat(sam.get("/circles/" + marguerite.id() + "/invite").status()).isEqualTo(404);
	}

	@Test
	void badInputIsExplainedAndNothingIsStored() {
		var maria = demo("champion");
		maria.get("/circles/new");
		long before = jdbc.sql("select count(*) from circles_circle").query(Long.class).single();
		Map<String, String> form = openForm("<script>alert(1)</script>" + "x".repeat(10_000));
		form.put("consentConfirmed", "false");
		form.put("languages", "xx");
		form.put("community", "no-such-place");
		form.put("address", "a\u0000b");
		var response = maria.post("/circles/new", form);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("At most 60 characters.", "Please confirm that consent was given.",
				"Choose the community the person lives in.").doesNotContain("<script>alert(1)</script>");
		assertThat(jdbc.sql("select count(*) from circles_circle").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void someoneWithoutAConfirmedAddressCannotOpenACircle() {
		String email = "unconfirmed." + UUID.randomUUID().toString().substring(0, 8) + "@circles.example";
		var visitor = new Visitor(port);
		visitor.get("/signup");
		visitor.post("/signup", Map.of("name", "Una", "email", email, "password", "a fine long password",
				"language", "en"));
		visitor.signIn(email, "a fine long password");
		assertThat(visitor.get("/circles/new").body()).contains("Please confirm your email address first");
		var response = visitor.post("/circles/new", openForm("Vera"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(circles.circlesOf(accounts.findByEmail(email).orElseThrow().id())).isEmpty();
	}
}
