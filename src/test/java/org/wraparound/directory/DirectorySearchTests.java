package org.wraparound.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.TestClock;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityId;
import org.wraparound.communities.CommunityManagement;

/** Searching a community's asset map by words, kind, language and distance; old entries are flagged for review. */
@WraparoundTest
class DirectorySearchTests {

	@Autowired
	Directory directory;

	@Autowired
	CommunityManagement communities;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestClock clock;

	@Test
	void wordsKindLanguageAndDistanceEachNarrowTheList() {
		var community = Maps.fresh(communities, accounts);
		var claire = Maps.claire(accounts);
		CommunityId id = community.id();
		directory.add(id, claire, Maps.entry("Épicerie solidaire", Category.MEALS_AND_FOOD,
				"Paniers de légumes frais", "French", "44.3900", "-79.6900")).orElseThrow();
		directory.add(id, claire, Maps.entry("Riverside Meals on Wheels", Category.MEALS_AND_FOOD,
				"Hot meals delivered at noon", "English, Italian", "44.5000", "-79.6900")).orElseThrow();
		directory.add(id, claire, Maps.entry("Grief Walk", Category.GRIEF_SUPPORT, "A walking group for the bereaved",
				"english", "", "")).orElseThrow();

		assertThat(names(id, "epicerie", null, null, null, 0)).containsExactly("Épicerie solidaire");
		assertThat(names(id, "meals noon", null, null, null, 0)).containsExactly("Riverside Meals on Wheels");
		assertThat(names(id, "", Category.MEALS_AND_FOOD, null, null, 0))
			.containsExactly("Épicerie solidaire", "Riverside Meals on Wheels");
		assertThat(names(id, "", null, "English", null, 0)).containsExactly("Grief Walk", "Riverside Meals on Wheels");
		assertThat(names(id, "", null, "italian", null, 0)).containsExactly("Riverside Meals on Wheels");

		// Riverside is about 12 km north of the centre; the grief walk has no place, so no distance.
		Point centre = new Point(44.3894, -79.6903);
		assertThat(names(id, "", null, null, centre, 5)).containsExactly("Épicerie solidaire");
		assertThat(names(id, "", null, null, centre, 15)).containsExactly("Épicerie solidaire",
				"Riverside Meals on Wheels");
		var far = directory.search(id, new Search("", Optional.empty(), Optional.empty(), Optional.of(centre), 15));
		assertThat(far.get(1).kilometres().getAsDouble()).isBetween(11.5, 12.5);
		// one language typed two ways is offered once
		assertThat(directory.languages(id)).extracting(String::toLowerCase).containsExactly("english", "french",
				"italian");
	}

	@Test
	void anEntryNotCheckedForTwelveMonthsNeedsReviewUntilSomeoneChecksIt() {
		var community = Maps.fresh(communities, accounts);
		var claire = Maps.claire(accounts);
		var entry = directory.add(community.id(), claire,
				Maps.entry("Library", Category.LIBRARY, "", "", "", "")).orElseThrow();
		assertThat(directory.find(community.id(), entry).orElseThrow().needsReview()).isFalse();

		clock.advance(Duration.ofDays(370));
		assertThat(directory.find(community.id(), entry).orElseThrow().needsReview()).isTrue();
		assertThat(directory.search(community.id(), Search.all()).get(0).needsReview()).isTrue();

		assertThat(directory.markChecked(community.id(), claire, entry)).isTrue();
		assertThat(directory.find(community.id(), entry).orElseThrow().needsReview()).isFalse();
	}

	@Test
	void onlyTheCommunitysChampionsChangeItsMap() {
		var community = Maps.fresh(communities, accounts);
		var sam = accounts.findByEmail("volunteer@wraparound.example").orElseThrow().id();
		var input = Maps.entry("Not mine to add", Category.OTHER, "", "", "", "");
		assertThat(directory.add(community.id(), sam, input)).isEmpty();
		var entry = directory.add(community.id(), Maps.claire(accounts), input).orElseThrow();
		assertThat(directory.remove(community.id(), sam, entry)).isFalse();
		assertThat(directory.recordGap(community.id(), sam, Category.TRANSPORT, "No rides")).isEmpty();
		assertThat(directory.export(community.id(), sam)).isEmpty();
		assertThat(directory.importCsv(community.id(), sam, new byte[0]).succeeded()).isFalse();
		assertThat(directory.count(community.id())).isEqualTo(1);
	}

	private List<String> names(CommunityId id, String words, Category category, String language, Point near,
			double km) {
		return directory.search(id, new Search(words, Optional.ofNullable(category), Optional.ofNullable(language),
				Optional.ofNullable(near), km)).stream().map(listing -> listing.entry().name()).toList();
	}
}
