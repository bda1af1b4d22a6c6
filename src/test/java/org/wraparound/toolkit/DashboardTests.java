package org.wraparound.toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wraparound.Demo;
import org.wraparound.TestClock;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.platform.Language;

/** The dashboard: what is next is the first step not done; a step is overdue when its week passed undone. */
@WraparoundTest
class DashboardTests {

	@LocalServerPort
	int port;

	@Autowired
	Toolkit toolkit;

	@Autowired
	CommunityManagement communities;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestClock clock;

	@Autowired
	Ticks ticks;

	@Test
	void nextAndOverdueFollowTimeAndTicks() {
		var community = Communities.startedBy(communities, accounts, "volunteer@wraparound.example");
		var sam = accounts.findByEmail("volunteer@wraparound.example").orElseThrow().id();
		var fresh = toolkit.progress(community, Language.EN);
		assertThat(fresh.next().orElseThrow().key()).isEqualTo("why");
		assertThat(fresh.overdue()).isEmpty();
		assertThat(fresh.done()).isZero();

		clock.advance(Duration.ofDays(7 * 3));
		var late = toolkit.progress(community, Language.EN);
		assertThat(late.overdue()).extracting(StepProgress::key).containsExactly("why", "readiness");

		for (ChecklistItem item : late.step("why").orElseThrow().items()) {
			assertThat(toolkit.tick(community.id(), "why", item.key(), sam, true)).contains(true);
		}
		var afterTicks = toolkit.progress(community, Language.EN);
		assertThat(afterTicks.done()).isEqualTo(1);
		assertThat(afterTicks.next().orElseThrow().key()).isEqualTo("readiness");
		assertThat(afterTicks.overdue()).extracting(StepProgress::key).containsExactly("readiness");

		clock.advance(Duration.ofDays(7 * 2));
		assertThat(toolkit.progress(community, Language.EN).overdue()).extracting(StepProgress::key)
			.containsExactly("readiness", "core-team");
	}

	@Test
	void aNewCommunitySetsOutTheMomentItIsCreated() {
		clock.advance(Duration.ofDays(30));
		var community = Communities.startedBy(communities, accounts, "volunteer@wraparound.example");
		await().atMost(Duration.ofSeconds(20)).until(() -> ticks.startOf(community.id()).isPresent());
		clock.advance(Duration.ofDays(60));
		assertThat(toolkit.progress(community, Language.EN).started())
			.isEqualTo(clock.instant().minus(Duration.ofDays(60)).atZone(community.timeZone()).toLocalDate());
	}

	@Test
	void ticksInOneCommunityDoNotShowInAnother() {
		var first = Communities.startedBy(communities, accounts, "volunteer@wraparound.example");
		var second = Communities.startedBy(communities, accounts, "volunteer@wraparound.example");
		var sam = accounts.findByEmail("volunteer@wraparound.example").orElseThrow().id();
		toolkit.tick(first.id(), "why", "why-1", sam, true);
		assertThat(toolkit.progress(first, Language.EN).step("why").orElseThrow().ticked()).isEqualTo(1);
		assertThat(toolkit.progress(second, Language.EN).step("why").orElseThrow().ticked()).isZero();
	}

	@Test
	void theDemoChampionSeesProgressWhatIsNextAndWhatIsLate() {
		var claire = Demo.signedIn(port, "champion@wraparound.example");
		var page = claire.get("/toolkit/maple-grove-compassionate-community");
		assertThat(page.status()).isEqualTo(200);
		int steps = PathSeed.load().size();
		assertThat(page.body()).contains("Toolkit of Maple Grove Compassionate Community",
				"3 of " + steps + " steps done", "What is next", "Hold a stakeholder meeting", "Running late");
	}
}
