package org.wraparound.circles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.DatabaseTest;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;

/** The updates, comments, daily-summary and support-map tables, on H2 and PostgreSQL. */
@DatabaseTest
class CirclesFeedRepositoryTests {

	private static final Instant T = Instant.parse("2030-03-01T12:00:00.123456Z");

	@Autowired
	Circles circles;

	@Autowired
	Updates updates;

	@Autowired
	Digests digests;

	@Autowired
	Supporters supporters;

	@Autowired
	JdbcClient jdbc;

	@Test
	void updatesComeNewestFirstWithTheirCommentsAndCounts() {
		AccountId author = new AccountId(UUID.randomUUID());
		UUID circle = newCircle(author);
		UUID older = UUID.randomUUID();
		UUID newer = UUID.randomUUID();
		updates.post(new Updates.Row(older, circle, author, "Older — é ✓\nline two", T));
		updates.post(new Updates.Row(newer, circle, author, "Newer", T.plusSeconds(60)));
		updates.comment(new Updates.Comment(UUID.randomUUID(), older, author, "A comment", T.plusSeconds(120)));

		assertThat(updates.newest(circle, 0, 10)).extracting(Updates.Row::id).containsExactly(newer, older);
		assertThat(updates.newest(circle, 1, 10)).extracting(Updates.Row::id).containsExactly(older);
		assertThat(updates.newest(circle, 0, 1).get(0).postedAt()).isEqualTo(T.plusSeconds(60));
		assertThat(updates.newest(circle, 1, 1).get(0).body()).isEqualTo("Older — é ✓\nline two");
		assertThat(updates.commentsOn(List.of(older, newer))).singleElement()
			.satisfies(comment -> assertThat(comment.update()).isEqualTo(older));
		assertThat(updates.isIn(older, circle)).isTrue();
		assertThat(updates.isIn(older, newCircle(author))).isFalse();

		assertThat(updates.postedBetween(circle, T, T.plusSeconds(600))).singleElement()
			.satisfies(counted -> assertThat(counted.update().id()).isEqualTo(newer));
		assertThat(updates.postedBetween(circle, T.minusSeconds(1), T.plusSeconds(600)))
			.extracting(Updates.Counted::comments).containsExactly(1, 0);
		assertThat(updates.commentsBetween(circle, T.plusSeconds(60), T.plusSeconds(600))).isEqualTo(1);
		assertThat(updates.commentsBetween(circle, T.plusSeconds(120), T.plusSeconds(600))).isZero();
	}

	@Test
	void aSummaryIsClaimedOnceAndOnlyForMembers() {
		AccountId member = new AccountId(UUID.randomUUID());
		UUID circle = newCircle(member);
		digests.subscribe(circle, member, T);
		digests.subscribe(circle, member, T.plusSeconds(5));
		digests.subscribe(circle, new AccountId(UUID.randomUUID()), T);
		assertThat(digests.wants(circle, member)).isTrue();

		var subscriber = digests.subscribers().stream().filter(s -> s.circle().equals(circle)).toList();
		assertThat(subscriber).singleElement().satisfies(s -> assertThat(s.lastSentAt()).isEqualTo(T));
		assertThat(digests.claim(subscriber.get(0), T.plusSeconds(3600))).isTrue();
		assertThat(digests.claim(subscriber.get(0), T.plusSeconds(3600))).isFalse();
		assertThat(digests.claim(subscriber.get(0), T.plusSeconds(7200))).isFalse();

		digests.unsubscribe(circle, member);
		assertThat(digests.wants(circle, member)).isFalse();
	}

	@Test
	void supportersAreMembersOrNamedPeopleAndBelongToOneCircle() {
		AccountId coordinator = new AccountId(UUID.randomUUID());
		UUID circle = newCircle(coordinator);
		UUID member = UUID.randomUUID();
		UUID outside = UUID.randomUUID();
		supporters.add(new Supporters.Row(member, circle, SupportDomain.PHYSICAL, Optional.of(coordinator), null),
				coordinator, T);
		supporters.add(new Supporters.Row(outside, circle, SupportDomain.SPIRITUAL, Optional.empty(), "St. Mary’s"),
				coordinator, T.plusSeconds(1));
		assertThat(supporters.of(circle)).extracting(Supporters.Row::id).containsExactly(member, outside);
		assertThat(supporters.of(circle).get(1).name()).isEqualTo("St. Mary’s");
		assertThat(supporters.of(circle).get(0).account()).contains(coordinator);

		assertThat(supporters.remove(outside, newCircle(coordinator))).isFalse();
		assertThat(supporters.remove(outside, circle)).isTrue();
		assertThat(supporters.of(circle)).hasSize(1);
		assertThatThrownBy(() -> supporters.add(
				new Supporters.Row(UUID.randomUUID(), circle, SupportDomain.SOCIAL, Optional.empty(), null), coordinator,
				T)).isInstanceOf(DataIntegrityViolationException.class);
	}

	private UUID newCircle(AccountId coordinator) {
		var command = new OpenCircle(new CommunityId(UUID.randomUUID()), coordinator, CircleRole.COORDINATOR,
				new PersonProfile("Test", null, List.of("en"), null, false, false, null, null, null, null, null),
				ConsentGiver.PERSON, "Test Person");
		return circles.save(Circle.open(command, T)).id().value();
	}
}
