package org.wraparound.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.wraparound.DatabaseTest;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;
import org.wraparound.platform.Language;

/** The toolkit's tables: ticks, starts, guide and item versions, on H2 and PostgreSQL. */
@DatabaseTest
class ToolkitRepositoryTests {

	@Autowired
	Ticks ticks;

	@Autowired
	Guides guides;

	@Autowired
	ApplicationContext context;

	String temporary;

	@AfterEach
	void removeTemporaryStep() {
		if (temporary != null) {
			TemporarySteps.remove(context, temporary);
		}
	}

	@Test
	void aCommunityStartsOnceAndATickKeepsWhoAndWhen() {
		var community = new CommunityId(UUID.randomUUID());
		var someone = new AccountId(UUID.randomUUID());
		var other = new AccountId(UUID.randomUUID());
		Instant at = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MILLIS);
		assertThat(ticks.startOf(community)).isEmpty();
		assertThat(ticks.start(community, at)).isTrue();
		assertThat(ticks.start(community, Instant.now())).isFalse();
		assertThat(ticks.startOf(community)).contains(at);

		assertThat(ticks.tick(community, "why-1", someone, at)).isTrue();
		assertThat(ticks.tick(community, "why-1", other, Instant.now())).isFalse();
		assertThat(ticks.of(community)).singleElement().isEqualTo(new Ticks.Tick("why-1", someone, at));
		assertThat(ticks.of(new CommunityId(UUID.randomUUID()))).isEmpty();
		assertThat(ticks.untick(community, "why-1")).isTrue();
		assertThat(ticks.untick(community, "why-1")).isFalse();
		assertThat(ticks.of(community)).isEmpty();
	}

	@Test
	void everyVersionOfAGuideAndAnItemIsKept() {
		temporary = TemporarySteps.create(context);
		var author = new AccountId(UUID.randomUUID());
		Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		String longText = "A long guide. ".repeat(1500);
		guides.writeGuide(temporary, Language.EN, 2, "Second title", longText, true, Optional.of(author), at);
		var current = guides.guide(temporary, Language.EN).orElseThrow();
		assertThat(current).isEqualTo(new Guides.GuideRow(2, "Second title", longText, true));
		var versions = guides.versions(temporary, Language.EN);
		assertThat(versions).extracting(GuideVersion::version).containsExactly(2, 1);
		assertThat(versions.get(0).changedBy()).contains(author);
		assertThat(versions.get(0).changedAt()).isEqualTo(at);
		assertThat(versions.get(1).changedBy()).isEmpty();
		assertThat(versions.get(1).markdown()).contains("Some words.");

		var item = guides.items(temporary).get(0);
		guides.writeItem(new Guides.ItemRow(item.key(), temporary, 1, "Changed", "Changé", false, true, 2),
				Optional.of(author), at);
		assertThat(guides.items(temporary).get(0).active()).isFalse();
		assertThat(guides.itemVersions(item.key())).isEqualTo(2);
		assertThat(guides.activeItems()).extracting(Guides.ItemRow::key).doesNotContain(item.key())
			.contains(temporary + "-2", "why-1");
	}
}
