package org.wraparound.circles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wraparound.TestMail;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;
import org.wraparound.communities.CommunityId;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.platform.RateLimiter;

/** The public referral form and the champions' triage queue, over real HTTP. */
@WraparoundTest
class ReferralsTests {

	static final String SLUG = "maple-grove-compassionate-community";
	static final String FORM = "/communities/" + SLUG + "/refer";
	static final String QUEUE = "/communities/" + SLUG + "/referrals";
	static final String SCRIPT = "<script>alert('x')</script>";

	@LocalServerPort
	int port;

	@Autowired
	RateLimiter limiter;

	@Autowired
	Referrals referrals;

	@Autowired
	CommunityManagement communities;

	@BeforeEach
	void noEarlierTries() {
		limiter.reset();
	}

	CommunityId community() {
		return communities.findBySlug(SLUG).orElseThrow().id();
	}

	static Map<String, String> valid(String firstName) {
		Map<String, String> form = new HashMap<>();
		form.put("referrerName", "Nurse Aline");
		form.put("referrerRole", "HEALTH_PROFESSIONAL");
		form.put("referrerOrganization", "Home care");
		form.put("referrerEmail", "aline." + firstName.toLowerCase() + "@clinic.example");
		form.put("referrerPhone", "555-0100");
		form.put("firstName", firstName);
		form.put("languages", "en");
		form.put("neighbourhood", "Riverside");
		form.put("caregiverName", "Paul");
		form.put("caregiverEmail", "paul." + firstName.toLowerCase() + "@family.example");
		form.put("domains", "PRACTICAL");
		form.put("practicalNotes", "Meals twice a week.");
		form.put("consentGiver", "PERSON");
		form.put("consentConfirmed", "true");
		form.put("website", "");
		return form;
	}

	Referral pending(String firstName) {
		return referrals.pending(community()).stream().filter(r -> r.personFirstName().equals(firstName)).findFirst()
			.orElseThrow();
	}

	@Test
	void theCommunityPageLinksToThePublicFormWhichStoresAReferralAndThanks() {
		var visitor = new Visitor(port);
		assertThat(visitor.get("/communities/" + SLUG).body()).contains("href=\"" + FORM + "\"");
		assertThat(visitor.get(FORM).status()).isEqualTo(200);
		var sent = visitor.post(FORM, valid("Odette"));
		assertThat(sent.location()).endsWith(FORM + "/thanks");
		assertThat(visitor.get(FORM + "/thanks").body()).contains("Thank you");

		Referral stored = pending("Odette");
		assertThat(stored.referrerRole()).isEqualTo(ReferrerRole.HEALTH_PROFESSIONAL);
		assertThat(stored.needs()).containsOnlyKeys(SupportDomain.PRACTICAL);
		assertThat(stored.caregiverEmail()).isEqualTo("paul.odette@family.example");
	}

	static Stream<String> nastyValues() {
		return Stream.of("", " ", "x".repeat(10_000), SCRIPT, "\"><img src=x onerror=alert(1)>", "nul\u0000byte");
	}

	@ParameterizedTest
	@MethodSource("nastyValues")
	void badInputGetsAMessageBesideTheFieldAndStoresNothing(String value) {
		long before = referrals.count(community());
		for (String field : new String[] { "referrerName", "referrerEmail", "firstName", "caregiverName",
				"caregiverEmail", "practicalNotes", "referrerPhone", "referrerRole" }) {
			limiter.reset();
			Map<String, String> form = valid("Nasty");
			form.put(field, value);
			var visitor = new Visitor(port);
			visitor.get(FORM);
			var response = visitor.post(FORM, form);
			if (value.isBlank() && List.of("referrerPhone", "practicalNotes").contains(field)) {
				assertThat(response.status()).as("optional %s", field).isEqualTo(302);
				continue;
			}
			assertThat(response.status()).as("%s = %.40s", field, value).isEqualTo(200);
			assertThat(response.body()).contains("field-error").doesNotContain(SCRIPT, "<img src=x");
		}
		long optionalBlanks = value.isBlank() ? 2 : 0;
		assertThat(referrals.count(community())).isEqualTo(before + optionalBlanks);
	}

	@Test
	void withoutConsentNothingIsStored() {
		long before = referrals.count(community());
		var visitor = new Visitor(port);
		visitor.get(FORM);
		Map<String, String> form = valid("Noconsent");
		form.remove("consentConfirmed");
		var response = visitor.post(FORM, form);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"consentConfirmed-error\"", "Please tick the box");
		assertThat(referrals.count(community())).isEqualTo(before);
	}

	@Test
	void aRobotFillingTheHoneypotIsThankedAndNothingIsStored() {
		long before = referrals.count(community());
		var visitor = new Visitor(port);
		visitor.get(FORM);
		Map<String, String> form = valid("Robot");
		form.put("website", "http://spam.example");
		assertThat(visitor.post(FORM, form).location()).endsWith("/thanks");
		assertThat(referrals.count(community())).isEqualTo(before);
	}

	@Test
	void aFloodFromOneAddressIsAnswered429() {
		var visitor = new Visitor(port);
		visitor.get(FORM);
		Map<String, String> form = valid("Flood");
		form.put("consentConfirmed", "false");
		for (int i = 0; i < 10; i++) {
			assertThat(visitor.post(FORM, form).status()).isEqualTo(200);
		}
		var throttled = visitor.post(FORM, valid("Flood"));
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.header("Retry-After")).isPresent();
		assertThat(throttled.body()).contains("Please wait a few minutes");
		assertThat(referrals.pending(community())).noneMatch(r -> r.personFirstName().equals("Flood"));
	}

	@Test
	void theQueueIsOnlyForTheCommunitysChampions() {
		var anonymous = new Visitor(port);
		assertThat(anonymous.get(QUEUE).location()).endsWith("/signin");
		var maria = new Visitor(port);
		maria.signIn("member@wraparound.example", "wraparound-demo");
		assertThat(maria.get(QUEUE).status()).isEqualTo(404);
		assertThat(maria.get("/communities/" + SLUG).body()).doesNotContain("href=\"" + QUEUE + "\"");
		maria.get("/circles");
		var id = anyPending();
		assertThat(maria.post(QUEUE + "/" + id + "/accept", Map.of()).status()).isEqualTo(404);
		assertThat(maria.post(QUEUE + "/" + id + "/decline", Map.of("reason", "no")).status()).isEqualTo(404);
		assertThat(referrals.find(id).orElseThrow().status()).isEqualTo(ReferralStatus.PENDING);
	}

	@Test
	void acceptingOpensTheCircleAndInvitesTheCaregiverOnce() {
		var nurse = new Visitor(port);
		nurse.get(FORM);
		nurse.post(FORM, valid("Gaston"));
		var id = pending("Gaston").id();

		var claire = champion();
		assertThat(claire.get("/communities/" + SLUG).body()).contains("href=\"" + QUEUE + "\"");
		assertThat(claire.get(QUEUE).body()).contains("Referral for Gaston", "Nurse Aline", "Meals twice a week.");
		var accepted = claire.post(QUEUE + "/" + id + "/accept", Map.of());
		assertThat(accepted.location()).contains("/circles/");
		var circlePage = claire.get(accepted.location().replaceFirst("https?://[^/]+", ""));
		assertThat(circlePage.body()).contains("Gaston", "Meals twice a week.", "The circle is open");

		var invitation = TestMail.awaitMailTo("paul.gaston@family.example", 1).get(0);
		assertThat(TestMail.link(invitation, "/circles/invitation")).contains("token=");
		assertThat(TestMail.text(invitation)).contains("Gaston", "a coordinator");

		claire.get(QUEUE);
		var again = claire.post(QUEUE + "/" + id + "/accept", Map.of());
		assertThat(again.location()).endsWith(QUEUE);
		assertThat(claire.get(QUEUE).body()).contains("This referral was already handled");
		assertThat(referrals.find(id).orElseThrow().circle()).isPresent();
	}

	@Test
	void decliningNeedsAReasonAndMailsItToTheReferrer() {
		var nurse = new Visitor(port);
		nurse.get(FORM);
		nurse.post(FORM, valid("Yvette"));
		var id = pending("Yvette").id();

		var claire = champion();
		claire.get(QUEUE);
		var empty = claire.post(QUEUE + "/" + id + "/decline", Map.of("reason", " "));
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("id=\"reason-" + id + "-error\"");
		var declined = claire.post(QUEUE + "/" + id + "/decline", Map.of("reason", "Yvette lives outside our area."));
		assertThat(declined.location()).endsWith(QUEUE);

		var mail = TestMail.awaitMailTo("aline.yvette@clinic.example", 1).get(0);
		assertThat(TestMail.text(mail)).contains("Nurse Aline", "Yvette lives outside our area.");
		claire.get(QUEUE);
		claire.post(QUEUE + "/" + id + "/decline", Map.of("reason", "Twice"));
		assertThat(claire.get(QUEUE).body()).contains("This referral was already handled");
		assertThat(referrals.find(id).orElseThrow().status()).isEqualTo(ReferralStatus.DECLINED);
	}

	private ReferralId anyPending() {
		return referrals.pending(community()).get(0).id();
	}

	private Visitor champion() {
		var claire = new Visitor(port);
		claire.signIn("champion@wraparound.example", "wraparound-demo");
		return claire;
	}
}
