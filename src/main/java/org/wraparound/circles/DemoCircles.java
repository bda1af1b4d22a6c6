package org.wraparound.circles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityId;
import org.wraparound.platform.Language;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.platform.ConditionalOnDemoData;

/**
 * Two demo circles in the demo community, with needs and members: one around Marguerite, coordinated by her
 * daughter Maria (the demo member) with Sam (the demo volunteer) helping; one around Henri, where Maria helps.
 * Marguerite's circle has some news, a comment and a small support map. Henri has died: his circle is in
 * bereavement follow-up, its first check-in done. One referral waits in the community's triage queue. Made-up
 * people. Loading again adds nothing.
 */
@Component
@ConditionalOnDemoData
@Order(30)
class DemoCircles implements ApplicationRunner {

	private final CircleManagement management;
	private final Circles circles;
	private final AccountManagement accounts;
	private final CommunityManagement communities;
	private final Updates updates;
	private final Supporters supporters;
	private final BereavementFollowUp followUp;
	private final CheckIns checkIns;
	private final ReferralTriage triage;
	private final Referrals referrals;
	private final Clock clock;

	DemoCircles(CircleManagement management, Circles circles, AccountManagement accounts,
			CommunityManagement communities, Updates updates, Supporters supporters, BereavementFollowUp followUp,
			CheckIns checkIns, ReferralTriage triage, Referrals referrals, Clock clock) {
		this.updates = updates;
		this.supporters = supporters;
		this.management = management;
		this.circles = circles;
		this.accounts = accounts;
		this.communities = communities;
		this.followUp = followUp;
		this.checkIns = checkIns;
		this.triage = triage;
		this.referrals = referrals;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		var maria = accounts.findByEmail("member@wraparound.example");
		var sam = accounts.findByEmail("volunteer@wraparound.example");
		var claire = accounts.findByEmail("champion@wraparound.example");
		var community = communities.findBySlug("maple-grove-compassionate-community");
		if (maria.isEmpty() || sam.isEmpty() || claire.isEmpty() || community.isEmpty()) {
			return;
		}
		if (circles.findByMember(maria.get().id().value()).isEmpty()) {
			openCircles(maria.get().id(), sam.get().id(), claire.get().id(), community.get().id());
		}
		circles.findByMember(maria.get().id().value()).stream()
			.filter(circle -> circle.person(false).firstName().equals("Marguerite")
					&& circle.roleOf(maria.get().id()).map(CircleRole::coordinates).orElse(false))
			.findFirst()
			.ifPresent(circle -> newsAndSupport(circle, maria.get().id(), sam.get().id()));
		henriHasDied(claire.get().id());
		if (referrals.count(community.get().id()) == 0) {
			triage.refer(new Refer(community.get().id(), "Nadia Roy", ReferrerRole.HEALTH_PROFESSIONAL,
					"Maple Grove Home Care (made up)", "nadia.roy@homecare.example", "555-0142", Language.EN,
					"Joseph", List.of("en"), "Old Mill", "Ruth Cohen", "ruth.cohen@family.example",
					Map.of(SupportDomain.PRACTICAL, "Groceries once a week.", SupportDomain.SOCIAL,
							"Lives alone since the winter; would enjoy a visitor."),
					ConsentGiver.PERSON));
		}
	}

	private void henriHasDied(AccountId claire) {
		circles.findByMember(claire.value()).stream()
			.filter(circle -> "Henri".equals(circle.person(false).firstName()) && circle.status() == CircleStatus.OPEN)
			.findFirst()
			.ifPresent(circle -> {
				followUp.recordDeath(circle.id(), claire, followUp.today(circle.id()).minusDays(40));
				checkIns.of(circle.id()).stream().findFirst().ifPresent(first -> checkIns.markDone(circle.id(),
						first.id(), claire, "Called Louise. She is sleeping better and would welcome a visit.",
						clock.instant()));
			});
	}

	private void openCircles(AccountId maria, AccountId sam, AccountId claire, CommunityId community) {
		var marguerite = management.open(new OpenCircle(community, maria, CircleRole.COORDINATOR,
				new PersonProfile("Marguerite", "Maggie", List.of("fr", "en"),
						"Likes to chat about gardening. Please phone before visiting.", true, false, null, null,
						"Old Mill", "12 Willow Lane (made up)", "Uses a walker; two steps at the front door."),
				ConsentGiver.PERSON, "Marguerite Tremblay"));
		marguerite.flatMap(id -> circles.findById(id.value())).ifPresent(circle -> {
			circle.join(sam, CircleRole.HELPER, clock.instant());
			circle.updateNeed(new Need(SupportDomain.PRACTICAL, "Two meals a week, no salt.", Coverage.PARTLY),
					clock.instant());
			circle.updateNeed(new Need(SupportDomain.PHYSICAL, "Rides to the clinic on Tuesdays.", Coverage.NOT_COVERED),
					clock.instant());
			circle.updateNeed(new Need(SupportDomain.EMOTIONAL, "A visit or a call most days.", Coverage.COVERED),
					clock.instant());
			circles.save(circle);
		});
		var henri = management.open(new OpenCircle(community, claire, CircleRole.COORDINATOR,
				new PersonProfile("Henri", null, List.of("fr"), null, false, false, null, null, "Riverside", null, null),
				ConsentGiver.SUBSTITUTE, "Louise Gagnon"));
		henri.flatMap(id -> circles.findById(id.value())).ifPresent(circle -> {
			circle.join(maria, CircleRole.HELPER, clock.instant());
			circle.updateNeed(new Need(SupportDomain.SPIRITUAL, "Would like a visit from his parish.", Coverage.NOT_COVERED),
					clock.instant());
			circles.save(circle);
		});
	}

	/** A few updates, a comment and a small support map on Marguerite's circle, added once. */
	private void newsAndSupport(Circle circle, AccountId maria, AccountId sam) {
		UUID id = circle.id().value();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (updates.newest(id, 0, 1).isEmpty()) {
			UUID clinic = UUID.randomUUID();
			updates.post(new Updates.Row(UUID.randomUUID(), id, maria,
					"Maman a bien dormi cette semaine. Merci pour les repas !", now.minus(Duration.ofDays(3))));
			updates.post(new Updates.Row(clinic, id, maria,
					"Rendez-vous à la clinique mardi à 10 h.\nQuelqu’un peut-il la conduire ?", now.minus(Duration.ofDays(1))));
			updates.comment(new Updates.Comment(UUID.randomUUID(), clinic, sam,
					"I can drive her on Tuesday. I will be there at 9:30.", now.minus(Duration.ofHours(20))));
			updates.post(new Updates.Row(UUID.randomUUID(), id, maria,
					"Elle aimerait des visites l’après-midi, pas le matin.", now.minus(Duration.ofHours(2))));
		}
		if (supporters.of(id).isEmpty()) {
			supporters.add(new Supporters.Row(UUID.randomUUID(), id, SupportDomain.PHYSICAL, Optional.of(sam), null),
					maria, now);
			supporters.add(new Supporters.Row(UUID.randomUUID(), id, SupportDomain.PRACTICAL, Optional.of(sam), null),
					maria, now);
			supporters.add(new Supporters.Row(UUID.randomUUID(), id, SupportDomain.EMOTIONAL, Optional.of(maria),
					null), maria, now);
			supporters.add(new Supporters.Row(UUID.randomUUID(), id, SupportDomain.PRACTICAL, Optional.empty(),
					"Meals on Wheels Old Mill"), maria, now);
		}
	}
}
