package org.wraparound.circles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.DatabaseTest;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;

/** A circle with its members, needs and consent is stored and read back the same on H2 and PostgreSQL. */
@DatabaseTest
class CirclesRepositoryTests {

	@Autowired
	Circles circles;

	@Test
	void aCircleKeepsItsPersonMembersNeedsAndConsent() {
		var opener = new AccountId(UUID.randomUUID());
		var helper = new AccountId(UUID.randomUUID());
		var now = Instant.parse("2026-11-26T15:00:00Z");
		var person = new PersonProfile("Zoé", "Zo", List.of("fr", "en"), "Calm voices 🌷", true, false, 45.42, -75.69,
				"Sandy Hill", "1 Rue Imaginaire", "Stairs: 3");
		Circle circle = Circle.open(new OpenCircle(new CommunityId(UUID.randomUUID()), opener, CircleRole.COORDINATOR,
				person, ConsentGiver.SUBSTITUTE, "Jeanne"), now);
		circle.join(helper, CircleRole.HELPER, now);
		circle.updateNeed(new Need(SupportDomain.SPIRITUAL, "A visit from her rabbi", Coverage.PARTLY), now);
		circles.save(circle);

		Circle found = circles.findById(circle.id().value()).orElseThrow();
		assertThat(found.person(true)).isEqualTo(person);
		assertThat(found.person(false).address()).isNull();
		assertThat(found.roleOf(opener)).contains(CircleRole.COORDINATOR);
		assertThat(found.roleOf(helper)).contains(CircleRole.HELPER);
		assertThat(found.needs()).hasSize(5)
			.contains(new Need(SupportDomain.SPIRITUAL, "A visit from her rabbi", Coverage.PARTLY));
		assertThat(found.status()).isEqualTo(CircleStatus.OPEN);
		assertThat(circles.findByMember(helper.value())).extracting(Circle::id).containsExactly(circle.id());
	}

	@Test
	void theLastCoordinatorCannotBeRemoved() {
		var opener = new AccountId(UUID.randomUUID());
		var helper = new AccountId(UUID.randomUUID());
		var now = Instant.now();
		Circle circle = Circle.open(new OpenCircle(new CommunityId(UUID.randomUUID()), opener, CircleRole.COORDINATOR,
				new PersonProfile("Al", null, List.of("en"), null, false, false, null, null, null, null, null),
				ConsentGiver.PERSON, "Al"), now);
		circle.join(helper, CircleRole.HELPER, now);
		assertThat(circle.remove(opener)).isFalse();
		assertThat(circle.remove(helper)).isTrue();
		circles.save(circle);
		assertThat(circles.findById(circle.id().value()).orElseThrow().roleOf(helper)).isEmpty();
	}
}
