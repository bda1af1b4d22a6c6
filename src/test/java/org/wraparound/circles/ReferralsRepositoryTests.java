package org.wraparound.circles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.DatabaseTest;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;
import org.wraparound.platform.Language;

@DatabaseTest
class ReferralsRepositoryTests {

	@Autowired
	Referrals referrals;

	@Autowired
	CheckIns checkIns;

	@Autowired
	Circles circles;

	@Test
	void aReferralIsStoredWithItsNeedsAndHandledOnce() {
		var community = new CommunityId(UUID.randomUUID());
		var id = referrals.add(new Refer(community, "Nadia Roy", ReferrerRole.HEALTH_PROFESSIONAL, " ", "n@r.example",
				null, Language.FR, "Élise ✿", List.of("fr", "en"), "Old Mill", "Ruth", "ruth@r.example",
				Map.of(SupportDomain.SOCIAL, "Visits", SupportDomain.PRACTICAL, ""), ConsentGiver.SUBSTITUTE),
				Instant.parse("2030-01-01T10:00:00Z"));

		var stored = referrals.find(id).orElseThrow();
		assertThat(stored.personFirstName()).isEqualTo("Élise ✿");
		assertThat(stored.referrerOrganization()).isNull();
		assertThat(stored.personLanguages()).containsExactly("fr", "en");
		assertThat(stored.needs()).containsEntry(SupportDomain.SOCIAL, "Visits").containsEntry(SupportDomain.PRACTICAL, "");
		assertThat(stored.consentGivenBy()).isEqualTo(ConsentGiver.SUBSTITUTE);
		assertThat(referrals.languageOf(id)).isEqualTo(Language.FR);
		assertThat(referrals.pending(community)).extracting(Referral::id).containsExactly(id);

		var champion = new AccountId(UUID.randomUUID());
		assertThat(referrals.handle(id, ReferralStatus.DECLINED, champion, "Out of our area", Instant.now())).isTrue();
		assertThat(referrals.handle(id, ReferralStatus.ACCEPTED, champion, null, Instant.now())).isFalse();
		assertThat(referrals.find(id).orElseThrow().status()).isEqualTo(ReferralStatus.DECLINED);
		assertThat(referrals.find(id).orElseThrow().declineReason()).isEqualTo("Out of our area");
		assertThat(referrals.pending(community)).isEmpty();
		assertThat(referrals.count(community)).isEqualTo(1);
	}

	@Test
	void checkInsAreScheduledAfterTheDeathAndDoneOnce() {
		var opener = new AccountId(UUID.randomUUID());
		var circle = circles.save(Circle.open(new OpenCircle(new CommunityId(UUID.randomUUID()), opener,
				CircleRole.COORDINATOR, new PersonProfile("Henri", null, List.of("fr"), null, false, false, null, null,
						null, null, null),
				ConsentGiver.PERSON, "Henri"), Instant.now()));
		checkIns.schedule(circle.id(), LocalDate.of(2030, 1, 31), List.of(Period.ofWeeks(1), Period.ofMonths(1)));

		var scheduled = checkIns.of(circle.id());
		assertThat(scheduled).extracting(CheckIn::dueOn).containsExactly(LocalDate.of(2030, 2, 7),
				LocalDate.of(2030, 2, 28));
		assertThat(scheduled.get(0).state(LocalDate.of(2030, 2, 7))).isEqualTo(CheckIn.State.DUE);
		assertThat(scheduled.get(1).state(LocalDate.of(2030, 2, 7))).isEqualTo(CheckIn.State.UPCOMING);

		assertThat(checkIns.markDone(circle.id(), scheduled.get(0).id(), opener, " Called. ", Instant.now())).isTrue();
		assertThat(checkIns.markDone(circle.id(), scheduled.get(0).id(), opener, "again", Instant.now())).isFalse();
		assertThat(checkIns.markDone(new CircleId(UUID.randomUUID()), scheduled.get(1).id(), opener, null,
				Instant.now())).as("only within its circle").isFalse();
		var done = checkIns.of(circle.id()).get(0);
		assertThat(done.note()).isEqualTo("Called.");
		assertThat(done.state(LocalDate.of(2030, 1, 1))).isEqualTo(CheckIn.State.DONE);
	}
}
