package org.wraparound.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.DatabaseTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;

/**
 * Entries and gaps are kept with every field (a missing place stays missing), changed and removed only within their
 * own community (H2 and PostgreSQL).
 */
@DatabaseTest
class DirectoryRepositoryTests {

	@Autowired
	Entries entries;

	@Autowired
	Gaps gaps;

	@Autowired
	CommunityManagement communities;

	@Autowired
	AccountManagement accounts;

	@Test
	void anEntryKeepsEveryFieldAndStaysInItsCommunity() {
		var mine = Maps.fresh(communities, accounts).id();
		var other = Maps.fresh(communities, accounts).id();
		Instant checked = Instant.parse("2025-09-30T12:00:00Z");
		Entry full = new Entry(new EntryId(UUID.randomUUID()), "Café des aidants", Category.CAREGIVER_SUPPORT,
				"English text", "Texte « français »", "705-555-0100", "cafe@example.org", "https://cafe.example",
				"Mon\nTue", "1 Rue Principale", Optional.of(new Point(44.39, -79.69)), List.of("Français", "English"),
				"Ramp", "Claire", checked);
		Entry bare = new Entry(new EntryId(UUID.randomUUID()), "Bare", Category.OTHER, "", "", "", "", "", "", "",
				Optional.empty(), List.of(), "", "", checked);
		entries.add(mine, List.of(full, bare), Instant.now());

		assertThat(entries.find(mine, full.id())).contains(full);
		assertThat(entries.find(mine, bare.id())).contains(bare);
		assertThat(entries.find(other, full.id())).isEmpty();
		assertThat(entries.of(mine)).extracting(Entry::name).containsExactly("Bare", "Café des aidants");
		assertThat(entries.count(other)).isZero();

		Instant later = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Entry moved = new Entry(full.id(), "Café", Category.MEALS_AND_FOOD, "", "Nouveau", "", "", "", "", "",
				Optional.empty(), List.of("Italiano"), "", "", later);
		assertThat(entries.change(other, moved, later)).isFalse();
		assertThat(entries.change(mine, moved, later)).isTrue();
		assertThat(entries.find(mine, full.id())).contains(moved);

		assertThat(entries.markChecked(other, bare.id(), later)).isFalse();
		assertThat(entries.markChecked(mine, bare.id(), later)).isTrue();
		assertThat(entries.find(mine, bare.id()).orElseThrow().checkedAt()).isEqualTo(later);

		assertThat(entries.remove(other, bare.id())).isFalse();
		assertThat(entries.remove(mine, bare.id())).isTrue();
		assertThat(entries.count(mine)).isEqualTo(1);
	}

	@Test
	void gapsAreListedOldestFirstAndRemovedOnlyInTheirCommunity() {
		var mine = Maps.fresh(communities, accounts).id();
		var other = Maps.fresh(communities, accounts).id();
		var claire = Maps.claire(accounts);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		var first = gaps.add(mine, Category.GRIEF_SUPPORT, "No grief group for men", claire, now.minusSeconds(60));
		gaps.add(mine, Category.TRANSPORT, "No transport on Sundays", claire, now);

		assertThat(gaps.of(mine)).extracting(Gap::note).containsExactly("No grief group for men",
				"No transport on Sundays");
		assertThat(gaps.of(mine).get(0)).isEqualTo(new Gap(first, Category.GRIEF_SUPPORT, "No grief group for men",
				now.minusSeconds(60)));
		assertThat(gaps.remove(other, first)).isFalse();
		assertThat(gaps.remove(mine, first)).isTrue();
		assertThat(gaps.of(mine)).hasSize(1);
	}
}
