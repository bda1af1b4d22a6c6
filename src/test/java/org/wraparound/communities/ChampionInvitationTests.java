package org.wraparound.communities;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.Demo;
import org.wraparound.HtmlChecker;
import org.wraparound.TestClock;
import org.wraparound.TestMail;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.accounts.SignUp;
import org.wraparound.platform.Language;

/** Champions invite co-champions by email: the mail, the one-use link, expiry, withdrawal and the rate limit. */
@WraparoundTest
class ChampionInvitationTests {

	@LocalServerPort
	int port;

	@Autowired
	CommunityManagement communities;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	private record Led(CommunitySummary community, Visitor champion, String base) {
	}

	private Led led(String name, Language language) {
		String email = Newcomers.email("inviter");
		var id = accounts.signUp(new SignUp("Noor Haddad", email, Newcomers.PASSWORD, language)).orElseThrow();
		var community = communities.start(new StartCommunity(name, "Somewhere", ZoneId.of("America/Toronto"), id));
		var visitor = new Visitor(port);
		assertThat(visitor.signIn(email, Newcomers.PASSWORD).status()).isEqualTo(302);
		return new Led(community, visitor, "/communities/" + community.slug());
	}

	private String invite(Led led, String email, String note) {
		led.champion().get(led.base() + "/champions/invite");
		var sent = led.champion().post(led.base() + "/champions/invite", Map.of("email", email, "note", note));
		assertThat(sent.location()).as(sent.body()).endsWith(led.base() + "/champions/invite");
		return TestMail.link(TestMail.awaitMailTo(email, 1).get(0), "/communities/invitation");
	}

	private static String token(String link) {
		return link.substring(link.indexOf("token=") + 6);
	}

	@Test
	void anInvitedPersonSignsUpAcceptsOnceAndIsAChampion() {
		var led = led("Juniper Bay", Language.EN);
		String email = Newcomers.email("cochampion");
		String link = invite(led, email, "We need you, Kim!\nCoffee on Tuesday?");
		var mail = TestMail.awaitMailTo(email, 1).get(0);
		assertThat(TestMail.text(mail)).contains("Noor Haddad", "Juniper Bay", "We need you, Kim!");

		var pending = led.champion().get(led.base() + "/champions/invite");
		assertThat(pending.body()).contains(email, "Withdraw the invitation to " + email);
		assertThat(HtmlChecker.errors(pending.body())).isEmpty();

		assertThat(new Visitor(port).get(link).location()).endsWith("/signin");
		var kim = Newcomers.signedUp(port, "Kim Nguyen", email, "en");
		var invitation = kim.get(link);
		assertThat(invitation.body()).contains("Noor Haddad invites you to be a champion of Juniper Bay",
				"We need you, Kim!");
		assertThat(HtmlChecker.errors(invitation.body())).isEmpty();
		assertThat(kim.post("/communities/invitation", Map.of("token", token(link))).body())
			.contains("Please confirm your email address first");

		Newcomers.confirm(kim, email);
		var joined = kim.post("/communities/invitation", Map.of("token", token(link)));
		assertThat(joined.location()).endsWith(led.base());
		assertThat(kim.get(led.base()).body()).contains("you are now a champion", "Kim", "Lead this community");
		var kimId = accounts.findByEmail(email).orElseThrow().id();
		assertThat(communities.isChampion(kimId, led.community().id())).isTrue();
		assertThat(jdbc.sql("select count(*) from audit_entry where record_id = ? and action = 'ROLE_CHANGED'")
			.param(led.community().id().toString()).query(Long.class).single()).isEqualTo(1);
		assertThat(led.champion().get(led.base() + "/champions/invite").body()).doesNotContain(email);

		var again = Demo.signedIn(port, "volunteer@wraparound.example");
		assertThat(again.get(link).body()).contains("This invitation no longer works");
		again.get("/");
		assertThat(again.post("/communities/invitation", Map.of("token", token(link))).body())
			.contains("This invitation no longer works");
		var sam = accounts.findByEmail("volunteer@wraparound.example").orElseThrow().id();
		assertThat(communities.isChampion(sam, led.community().id())).isFalse();
	}

	@Test
	void theMailIsInTheInvitersLanguage() {
		var led = led("Baie des Érables", Language.FR);
		String email = Newcomers.email("francais");
		invite(led, email, "");
		String text = TestMail.text(TestMail.awaitMailTo(email, 1).get(0));
		assertThat(text).contains("Noor Haddad vous invite à devenir personne responsable de Baie des Érables")
			.doesNotContain("a écrit");
	}

	@Test
	void anExpiredWithdrawnOrMadeUpLinkSaysSoPlainly() {
		var led = led("Tamarack Fields", Language.EN);
		String late = invite(led, Newcomers.email("late"), "");
		String withdrawn = invite(led, Newcomers.email("withdrawn"), "");
		var open = communities.openInvitations(led.community().id(),
				led.community().champions().get(0));
		assertThat(open).hasSize(2);
		var toWithdraw = open.stream().filter(invitation -> invitation.email().startsWith("withdrawn")).findFirst()
			.orElseThrow();
		led.champion().get(led.base() + "/champions/invite");
		assertThat(led.champion().post(led.base() + "/champions/invitations/" + toWithdraw.id() + "/withdraw",
				Map.of()).status()).isEqualTo(302);
		assertThat(led.champion().get(led.base() + "/champions/invite").body())
			.contains("The invitation is withdrawn").doesNotContain(toWithdraw.email());

		var sam = Demo.signedIn(port, "volunteer@wraparound.example");
		assertThat(sam.get(withdrawn).body()).contains("This invitation no longer works");
		assertThat(sam.get(late).body()).contains("Become a champion");
		clock.advance(Duration.ofDays(14).plusMinutes(1));
		var gone = sam.get(late);
		assertThat(gone.body()).contains("This invitation no longer works");
		assertThat(HtmlChecker.errors(gone.body())).isEmpty();
		for (String attempt : new String[] { token(late), "made-up", "<script>", "x".repeat(5_000), "" }) {
			assertThat(sam.get("/communities/invitation?token=" + URLEncoder.encode(attempt, StandardCharsets.UTF_8))
				.body()).contains("This invitation no longer works");
			assertThat(sam.post("/communities/invitation", Map.of("token", attempt)).status()).isLessThan(500);
		}
		var samId = accounts.findByEmail("volunteer@wraparound.example").orElseThrow().id();
		assertThat(communities.isChampion(samId, led.community().id())).isFalse();
	}

	@Test
	void badInvitationsAreExplainedAndNotSent() {
		var led = led("Sumac Ridge", Language.EN);
		led.champion().get(led.base() + "/champions/invite");
		var champion = accounts.find(led.community().champions().get(0)).orElseThrow();
		for (var bad : Map.of(Map.of("email", "", "note", ""), "Enter the email address of the person to invite.",
				Map.of("email", "not-an-email", "note", ""), "Enter an email address like name@example.com.",
				Map.of("email", "ok@communities.example", "note", "x".repeat(501)), "At most 500 characters.",
				Map.of("email", champion.email(), "note", ""), "already a champion").entrySet()) {
			var response = led.champion().post(led.base() + "/champions/invite", bad.getKey());
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body()).contains(bad.getValue());
			assertThat(HtmlChecker.errors(response.body())).isEmpty();
		}
		assertThat(communities.openInvitations(led.community().id(), champion.id())).isEmpty();
		assertThat(TestMail.receivedBy("ok@communities.example")).isEmpty();
	}

	@Test
	void aChampionCanSendOnlySoManyInvitationsAnHour() {
		var led = led("Hawthorn Lane", Language.EN);
		led.champion().get(led.base() + "/champions/invite");
		for (int i = 0; i < 10; i++) {
			assertThat(led.champion().post(led.base() + "/champions/invite",
					Map.of("email", Newcomers.email("many"), "note", "")).status()).isEqualTo(302);
			led.champion().get(led.base() + "/champions/invite");
		}
		var refused = led.champion().post(led.base() + "/champions/invite",
				Map.of("email", Newcomers.email("one-too-many"), "note", ""));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).isPresent();
		assertThat(refused.body()).contains("You have sent many invitations in a short time.");
		assertThat(communities.openInvitations(led.community().id(), led.community().champions().get(0))).hasSize(10);
	}
}
