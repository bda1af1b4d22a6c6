package org.wraparound.communities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.wraparound.DatabaseTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.accounts.SignUp;
import org.wraparound.platform.Language;

@DatabaseTest
@RecordApplicationEvents
class CommunityManagementTests {

	@Autowired
	CommunityManagement communities;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DemoCommunity demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void startingACommunityMakesItsFounderAChampionAndTellsTheOtherModules() {
		var founder = accounts.signUp(new SignUp("Rosa Díaz", "rosa@communities.example", "long password here",
				Language.EN)).orElseThrow();
		var community = communities.start(new StartCommunity("Cœur de Québec Compassionate", "Québec City",
				ZoneId.of("America/Toronto"), founder));

		assertThat(community.slug()).isEqualTo("coeur-de-quebec-compassionate");
		assertThat(community.champions()).containsExactly(founder);
		assertThat(communities.isChampion(founder, community.id())).isTrue();
		assertThat(communities.findBySlug(community.slug())).contains(community);
		assertThat(events.stream(CommunityCreated.class))
			.anySatisfy(event -> assertThat(event.community()).isEqualTo(community.id()));
	}

	@Test
	void twoCommunitiesWithTheSameNameGetDifferentAddresses() {
		var founder = accounts.signUp(new SignUp("Lee", "lee@communities.example", "long password here",
				Language.EN)).orElseThrow();
		var first = communities.start(new StartCommunity("Riverside", "North", ZoneId.of("America/Halifax"), founder));
		var second = communities.start(new StartCommunity("Riverside", "South", ZoneId.of("America/Halifax"), founder));
		assertThat(first.slug()).isEqualTo("riverside");
		assertThat(second.slug()).isEqualTo("riverside-2");
	}

	@Test
	void addingAChampionTwiceChangesNothing() {
		var founder = accounts.signUp(new SignUp("Ife", "ife@communities.example", "long password here",
				Language.EN)).orElseThrow();
		var helper = accounts.signUp(new SignUp("Oli", "oli@communities.example", "long password here",
				Language.FR)).orElseThrow();
		var community = communities.start(new StartCommunity("Hillcrest", "Hill", ZoneId.of("UTC"), founder));
		assertThat(communities.addChampion(community.id(), helper)).isTrue();
		assertThat(communities.addChampion(community.id(), helper)).isFalse();
		assertThat(communities.findBySlug("hillcrest").orElseThrow().champions()).containsExactly(founder, helper);
	}

	@Test
	void theDemoCommunityIsLedByTheDemoChampionAndLoadingAgainAddsNothing() {
		var demoCommunity = communities.findBySlug("maple-grove-compassionate-community").orElseThrow();
		var champion = accounts.findByEmail(DemoCommunity.CHAMPION).orElseThrow();
		assertThat(demoCommunity.champions()).containsExactly(champion.id());
		assertThat(demoCommunity.area()).contains(DemoCommunity.AREA);
		assertThat(communities.description(demoCommunity.id()).english()).startsWith("Neighbours in Maple Grove");
		assertThat(communities.description(demoCommunity.id()).french()).startsWith("Des voisins de Maple Grove");
		assertThat(communities.neighbourhoods(demoCommunity.id())).extracting(Neighbourhood::name)
			.containsExactlyInAnyOrder("Old Mill", "Birch Hill", "Lakeshore", "Cedar Park", "Station Square");

		long before = jdbc.sql("select count(*) from communities_community").query(Long.class).single();
		demo.run(new DefaultApplicationArguments());
		assertThat(jdbc.sql("select count(*) from communities_community").query(Long.class).single())
			.isEqualTo(before);
		assertThat(communities.neighbourhoods(demoCommunity.id())).hasSize(5);
	}

	@Test
	void anUnknownOrAbsurdAddressFindsNothing() {
		assertThat(communities.findBySlug("nowhere")).isEmpty();
		assertThat(communities.findBySlug("x".repeat(10_000))).isEmpty();
		assertThat(communities.findBySlug(null)).isEmpty();
	}
}
