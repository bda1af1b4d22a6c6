package org.wraparound.circles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.DatabaseTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.accounts.SignUp;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.StartCommunity;
import org.wraparound.platform.Language;

/** A community's own check-in times are kept (H2 and PostgreSQL) and used for the deaths recorded after. */
@DatabaseTest
class FollowUpSchedulesRepositoryTests {

	@Autowired
	CommunityManagement communities;

	@Autowired
	AccountManagement accounts;

	@Autowired
	BereavementFollowUp followUp;

	@Autowired
	Circles circles;

	@Autowired
	CheckIns checkIns;

	@Test
	void aDeathInACommunityWithItsOwnTimesGetsThoseCheckIns() {
		var founder = accounts.signUp(new SignUp("Bea", "bea." + UUID.randomUUID() + "@schedule.example",
				"long password here", Language.EN)).orElseThrow();
		var community = communities.start(new StartCommunity("Lakeshore " + UUID.randomUUID(), "Lakeshore",
				ZoneId.of("America/Toronto"), founder));
		assertThat(followUp.setCheckIns(community.id(), founder, List.of(Period.ofMonths(2), Period.ofWeeks(2))))
			.isTrue();
		assertThat(followUp.checkInsFor(community.id())).containsExactly(Period.ofWeeks(2), Period.ofMonths(2));
		var stranger = accounts.findByEmail("staff@wraparound.example").orElseThrow().id();
		assertThat(followUp.setCheckIns(community.id(), stranger, List.of(Period.ofDays(1)))).isFalse();

		Circle circle = circles.save(Circle.open(new OpenCircle(community.id(), founder, CircleRole.COORDINATOR,
				new PersonProfile("Ida", null, List.of("en"), null, false, false, null, null, null, null, null),
				ConsentGiver.PERSON, "Ida"), java.time.Instant.now()));
		LocalDate died = followUp.today(circle.id()).minusDays(3);
		assertThat(followUp.recordDeath(circle.id(), founder, died)).isEqualTo(BereavementFollowUp.Outcome.RECORDED);
		assertThat(checkIns.of(circle.id())).extracting(CheckIn::dueOn)
			.containsExactly(died.plusWeeks(2), died.plusMonths(2));
	}
}
