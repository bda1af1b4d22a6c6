package org.wraparound.circles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wraparound.HtmlChecker;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;

/** Each community's champions choose when to check in with the bereaved; deaths recorded after follow it. */
@WraparoundTest
class FollowUpScheduleTests {

	@LocalServerPort
	int port;

	@Autowired
	CommunityManagement communities;

	@Autowired
	AccountManagement accounts;

	@Autowired
	BereavementFollowUp followUp;

	@Test
	void aChampionChoosesTheTimesOnTheirPage() {
		var community = communities.findBySlug("maple-grove-compassionate-community").orElseThrow();
		var champion = new Visitor(port);
		champion.signIn("champion@wraparound.example", "wraparound-demo");
		var page = champion.get("/communities/maple-grove-compassionate-community/follow-up");
		assertThat(page.status()).isEqualTo(200);
		assertThat(HtmlChecker.errors(page.body())).isEmpty();

		var saved = champion.post("/communities/maple-grove-compassionate-community/follow-up",
				Map.of("after", "P14D"));
		assertThat(saved.location()).endsWith("/follow-up");
		assertThat(followUp.checkInsFor(community.id())).containsExactly(Period.ofWeeks(2));

		assertThat(champion.post("/communities/maple-grove-compassionate-community/follow-up",
				Map.of("after", "P999Y")).body()).contains("Choose at least one time.");
		assertThat(followUp.checkInsFor(community.id())).containsExactly(Period.ofWeeks(2));
		followUp.setCheckIns(community.id(), accounts.findByEmail("champion@wraparound.example").orElseThrow().id(),
				List.of(Period.ofYears(1), Period.ofMonths(1), Period.ofWeeks(1), Period.ofMonths(3), Period.ofMonths(6)));
		// back to the demo's times, which other tests expect
	}

	@Test
	void onlyChampionsOpenThePage() {
		var member = new Visitor(port);
		member.signIn("volunteer@wraparound.example", "wraparound-demo");
		assertThat(member.get("/communities/maple-grove-compassionate-community/follow-up").status()).isEqualTo(404);
		assertThat(new Visitor(port).get("/communities/maple-grove-compassionate-community/follow-up").location())
			.endsWith("/signin");
	}
}
