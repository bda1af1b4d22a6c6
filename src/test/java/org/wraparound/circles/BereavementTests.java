package org.wraparound.circles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.platform.RateLimiter;

/** Recording a death, the check-ins that follow, and closing a circle, over real HTTP (Maria reads French). */
@WraparoundTest
class BereavementTests {

	@LocalServerPort
	int port;

	@Autowired
	CircleManagement management;

	@Autowired
	BereavementFollowUp followUp;

	@Autowired
	Circles circles;

	@Autowired
	CheckIns checkIns;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CommunityManagement communities;

	@Autowired
	DeathsHeard deaths;

	@Autowired
	RateLimiter limiter;

	CircleId circle;

	@BeforeEach
	void aCircleCoordinatedByMariaWithSamHelping() {
		limiter.reset();
		var maria = accounts.findByEmail("member@wraparound.example").orElseThrow().id();
		var sam = accounts.findByEmail("volunteer@wraparound.example").orElseThrow().id();
		circle = management.open(new OpenCircle(
				communities.findBySlug("maple-grove-compassionate-community").orElseThrow().id(), maria,
				CircleRole.COORDINATOR, new PersonProfile("Armand", null, List.of("fr"), null, false, false, null,
						null, null, null, null),
				ConsentGiver.PERSON, "Armand")).orElseThrow();
		var saved = circles.findById(circle.value()).orElseThrow();
		saved.join(sam, CircleRole.HELPER, java.time.Instant.now());
		circles.save(saved);
	}

	Visitor signedIn(String email) {
		var visitor = new Visitor(port).speaking("en");
		visitor.signIn(email, "wraparound-demo");
		return visitor;
	}

	@Test
	void aCoordinatorRecordsADeathAfterConfirmingAndFiveCheckInsAreScheduled() {
		var maria = signedIn("member@wraparound.example");
		LocalDate died = followUp.today(circle).minusDays(3);
		assertThat(maria.get("/circles/" + circle).body()).contains("/circles/" + circle + "/death");
		maria.get("/circles/" + circle + "/death");
		var confirm = maria.post("/circles/" + circle + "/death", Map.of("diedOn", died.toString()));
		assertThat(confirm.status()).isEqualTo(200);
		assertThat(circles.findById(circle.value()).orElseThrow().status()).as("not before confirming")
			.isEqualTo(CircleStatus.OPEN);

		var recorded = maria.post("/circles/" + circle + "/death",
				Map.of("diedOn", died.toString(), "confirmed", "true"));
		assertThat(recorded.location()).contains("/circles/" + circle);
		assertThat(circles.findById(circle.value()).orElseThrow().status()).isEqualTo(CircleStatus.BEREAVEMENT);
		assertThat(checkIns.of(circle)).extracting(CheckIn::dueOn).containsExactly(died.plusWeeks(1),
				died.plusMonths(1), died.plusMonths(3), died.plusMonths(6), died.plusYears(1));
		assertThat(deaths.about(circle)).singleElement().satisfies(event -> {
			assertThat(event.diedOn()).isEqualTo(died);
			assertThat(event.community()).isEqualTo(circles.findById(circle.value()).orElseThrow().community());
		});

		var page = maria.get("/circles/" + circle);
		assertThat(page.body()).contains("1 semaine après", "1 an après", "À venir");
		var first = checkIns.of(circle).get(0);
		assertThat(maria.post("/circles/" + circle + "/check-ins/" + first.id(), Map.of("note", "Called Paul."))
			.status()).isEqualTo(302);
		assertThat(checkIns.of(circle).get(0).doneAt()).isPresent();
		assertThat(maria.get("/circles/" + circle).body()).contains("Called Paul.", "Fait");

		maria.get("/circles/" + circle + "/death");
		maria.post("/circles/" + circle + "/death", Map.of("diedOn", died.toString(), "confirmed", "true"));
		assertThat(checkIns.of(circle)).hasSize(5);
		assertThat(deaths.about(circle)).as("recorded once").hasSize(1);
	}

	@Test
	void aDateInTheFutureIsRefusedWithAMessage() {
		var maria = signedIn("member@wraparound.example");
		maria.get("/circles/" + circle + "/death");
		var refused = maria.post("/circles/" + circle + "/death",
				Map.of("diedOn", followUp.today(circle).plusDays(1).toString(), "confirmed", "true"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"diedOn-error\"", "ne peut pas être après aujourd’hui");
		var nonsense = maria.post("/circles/" + circle + "/death", Map.of("diedOn", "<script>", "confirmed", "true"));
		assertThat(nonsense.status()).isEqualTo(200);
		assertThat(nonsense.body()).contains("id=\"diedOn-error\"").doesNotContain("<script>");
		assertThat(circles.findById(circle.value()).orElseThrow().status()).isEqualTo(CircleStatus.OPEN);
		assertThat(checkIns.of(circle)).isEmpty();
	}

	@Test
	void aHelperCannotRecordADeathNorCloseTheCircle() {
		var sam = signedIn("volunteer@wraparound.example");
		assertThat(sam.get("/circles/" + circle).status()).isEqualTo(200);
		assertThat(sam.get("/circles/" + circle).body()).doesNotContain("/death");
		assertThat(sam.get("/circles/" + circle + "/death").status()).isEqualTo(404);
		assertThat(sam.post("/circles/" + circle + "/death",
				Map.of("diedOn", followUp.today(circle).toString(), "confirmed", "true")).status()).isEqualTo(404);
		assertThat(sam.post("/circles/" + circle + "/close", Map.of("reason", "x")).status()).isEqualTo(404);
		assertThat(circles.findById(circle.value()).orElseThrow().status()).isEqualTo(CircleStatus.OPEN);
		assertThat(deaths.about(circle)).isEmpty();
	}

	@Test
	void aCoordinatorClosesTheCircleForAReason() {
		var maria = signedIn("member@wraparound.example");
		maria.get("/circles/" + circle + "/close");
		assertThat(maria.post("/circles/" + circle + "/close", Map.of("reason", "")).body())
			.contains("field-error");
		assertThat(maria.post("/circles/" + circle + "/close", Map.of("reason", "Moved to live with family."))
			.status()).isEqualTo(302);
		assertThat(circles.findById(circle.value()).orElseThrow().status()).isEqualTo(CircleStatus.CLOSED);
	}
}
