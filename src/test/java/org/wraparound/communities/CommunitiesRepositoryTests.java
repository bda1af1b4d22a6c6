package org.wraparound.communities;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.DatabaseTest;
import org.wraparound.accounts.AccountId;
import org.wraparound.platform.Language;
import org.wraparound.platform.SecretTokens;

/** The area, neighbourhood and invitation tables, on H2 and on PostgreSQL. */
@DatabaseTest
class CommunitiesRepositoryTests {

	@Autowired
	Communities communities;

	@Autowired
	Neighbourhoods neighbourhoods;

	@Autowired
	ChampionInvites invites;

	@Autowired
	JdbcClient jdbc;

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	private Community saved(String name) {
		var command = new StartCommunity(name, "Region", ZoneId.of("America/Halifax"),
				new AccountId(UUID.randomUUID()), Optional.of(new Area(46.2382, -63.1311, 40)),
				EnumSet.of(Language.FR));
		return communities.save(Community.start(command, Slugs.of(name) + "-" + UUID.randomUUID().toString()
			.substring(0, 6), now));
	}

	@Test
	void aCommunityKeepsItsAreaLanguagesAndDescription() {
		var community = saved("Charlottetown Cares");
		community.describe(new CommunityDescription("  Meals and rides. ", ""));
		communities.save(community);
		var found = communities.findById(community.id().value()).orElseThrow();
		assertThat(found.summary().area()).contains(new Area(46.2382, -63.1311, 40));
		assertThat(found.summary().languages()).containsExactly(Language.FR);
		assertThat(found.description()).isEqualTo(new CommunityDescription("Meals and rides.", ""));
		assertThat(jdbc.sql("select description_fr from communities_community where id = ?")
			.param(community.id().value()).query(String.class).optional()).isEmpty();
	}

	@Test
	void aCommunityFromBeforeAreasHasNoneAndBothLanguages() {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into communities_community (id, slug, name, region, time_zone, created_at, version)
				values (?, ?, 'Older', 'Somewhere', 'America/Toronto', ?, 0)""")
			.params(id, "older-" + id.toString().substring(0, 6), Timestamp.from(now)).update();
		var summary = communities.findById(id).orElseThrow().summary();
		assertThat(summary.area()).isEmpty();
		assertThat(summary.languages()).containsExactly(Language.EN, Language.FR);
	}

	@Test
	void neighbourhoodsAreKeptPerCommunityAndOnlyTheirOwnCommunityChangesThem() {
		var community = saved("Summerside Together").id();
		var other = saved("Elsewhere").id();
		var north = neighbourhoods.add(community, new PlaceName("north end", 46.4, -63.8), now);
		neighbourhoods.add(community, new PlaceName("Harbourfront", 46.39, -63.79), now);
		neighbourhoods.add(other, new PlaceName("Elsewhere Centre", 10, 10), now);
		assertThat(neighbourhoods.of(community)).extracting(Neighbourhood::name)
			.containsExactly("Harbourfront", "north end");

		assertThat(neighbourhoods.change(other, north, new PlaceName("Stolen", 1, 1))).isFalse();
		assertThat(neighbourhoods.remove(other, north)).isFalse();
		assertThat(neighbourhoods.change(community, north, new PlaceName("North End", 46.41, -63.81))).isTrue();
		assertThat(neighbourhoods.of(community)).contains(new Neighbourhood(north, "North End", 46.41, -63.81));
		assertThat(neighbourhoods.nameTaken(community, "NORTH END ", null)).isTrue();
		assertThat(neighbourhoods.nameTaken(community, "North End", north)).isFalse();
		assertThat(neighbourhoods.remove(community, north)).isTrue();
		assertThat(neighbourhoods.of(community)).extracting(Neighbourhood::name).containsExactly("Harbourfront");
		assertThat(neighbourhoods.of(other)).hasSize(1);
	}

	@Test
	void anInvitationKeepsOnlyTheHashOfItsSecretAndWorksOnceUntilItExpires() {
		var community = saved("Kensington Neighbours").id();
		var inviter = new AccountId(UUID.randomUUID());
		UUID id = UUID.randomUUID();
		String token = invites.issue(id, community, "guest@communities.example", "Hello", inviter, now,
				Duration.ofDays(14));
		assertThat(jdbc.sql("select token_hash from communities_champion_invite where id = ?").param(id)
			.query(String.class).single()).isEqualTo(SecretTokens.hash(token)).doesNotContain(token);

		assertThat(invites.find(token, now.plus(Duration.ofDays(13)))).hasValueSatisfying(open -> {
			assertThat(open.email()).isEqualTo("guest@communities.example");
			assertThat(open.note()).isEqualTo("Hello");
			assertThat(open.invitedBy()).isEqualTo(inviter);
			assertThat(open.expiresAt()).isEqualTo(now.plus(Duration.ofDays(14)));
		});
		assertThat(invites.find(token, now.plus(Duration.ofDays(14)))).isEmpty();
		assertThat(invites.openFor(community, now)).extracting(ChampionInvites.Open::id).containsExactly(id);

		var guest = new AccountId(UUID.randomUUID());
		assertThat(invites.use(token, guest, now)).isPresent();
		assertThat(invites.use(token, guest, now)).isEmpty();
		assertThat(invites.openFor(community, now)).isEmpty();
		assertThat(jdbc.sql("select used_by from communities_champion_invite where id = ?").param(id)
			.query(UUID.class).single()).isEqualTo(guest.value());
	}

	@Test
	void aWithdrawnInvitationNoLongerOpensAndOnlyItsCommunityCanWithdrawIt() {
		var community = saved("Stratford Hearts").id();
		var other = saved("Not Stratford").id();
		UUID id = UUID.randomUUID();
		String token = invites.issue(id, community, "maybe@communities.example", "", new AccountId(UUID.randomUUID()),
				now, Duration.ofDays(14));
		assertThat(jdbc.sql("select note from communities_champion_invite where id = ?").param(id).query(String.class)
			.optional()).isEmpty();
		assertThat(invites.withdraw(other, id, now)).isFalse();
		assertThat(invites.withdraw(community, id, now)).isTrue();
		assertThat(invites.withdraw(community, id, now)).isFalse();
		assertThat(invites.find(token, now)).isEmpty();
		assertThat(invites.use(token, new AccountId(UUID.randomUUID()), now)).isEmpty();
	}
}
