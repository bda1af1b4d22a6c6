package org.wraparound.circles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;

@WraparoundTest
class DemoCirclesTests {

	@Autowired
	DemoCircles demo;

	@Autowired
	Circles circles;

	@Autowired
	CheckIns checkIns;

	@Autowired
	Referrals referrals;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CommunityManagement communities;

	@Test
	void henriIsInBereavementFollowUpAReferralWaitsAndLoadingAgainAddsNothing() {
		var claire = accounts.findByEmail("champion@wraparound.example").orElseThrow().id();
		var community = communities.findBySlug("maple-grove-compassionate-community").orElseThrow().id();
		var henri = circles.findByMember(claire.value()).stream()
			.filter(circle -> "Henri".equals(circle.person(false).firstName())).findFirst().orElseThrow();
		assertThat(henri.status()).isEqualTo(CircleStatus.BEREAVEMENT);
		assertThat(checkIns.of(henri.id())).hasSize(5).first().satisfies(first -> assertThat(first.doneAt()).isPresent());
		assertThat(referrals.pending(community)).anyMatch(referral -> referral.personFirstName().equals("Joseph"));

		long circlesBefore = circles.count();
		long referralsBefore = referrals.count(community);
		demo.run(null);
		assertThat(circles.count()).isEqualTo(circlesBefore);
		assertThat(referrals.count(community)).isEqualTo(referralsBefore);
		assertThat(checkIns.of(henri.id())).hasSize(5);
	}
}
