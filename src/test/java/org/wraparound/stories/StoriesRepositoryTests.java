package org.wraparound.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.DatabaseTest;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;
import org.wraparound.platform.Language;

/** The story, consent and photo tables, on H2 and on PostgreSQL. */
@DatabaseTest
class StoriesRepositoryTests {

	@Autowired
	Stories stories;

	@Autowired
	JdbcClient jdbc;

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	private final CommunityId community = new CommunityId(UUID.randomUUID());

	private StoryId saved(String title, Theme theme, Language language, Optional<UUID> photo) {
		var id = new StoryId(UUID.randomUUID());
		stories.insert(id, new SubmitStory(new AccountId(UUID.randomUUID()), community, title, "Line one.\n\nLine two.",
				language, theme, Optional.empty(), "A kitchen table",
				List.of(new Consent("Ana", ConsentWay.BY_EMAIL, LocalDate.of(2026, 2, 3)),
						new Consent("Ben", ConsentWay.VERBALLY_WITH_WITNESS, LocalDate.of(2026, 2, 4)))),
				photo, now);
		return id;
	}

	@Test
	void aStoryKeepsItsWordsConsentsInOrderAndPhoto() {
		UUID photoId = UUID.randomUUID();
		byte[] bytes = TestImages.write(TestImages.redLeftBlueRight(), "jpeg");
		stories.insertPhoto(photoId, new Photo(bytes, "image/jpeg", 40, 20), now);
		var id = saved("Kept whole", Theme.CARING, Language.FR, Optional.of(photoId));

		var found = stories.find(id).orElseThrow();

		assertThat(found.title()).isEqualTo("Kept whole");
		assertThat(found.language()).isEqualTo(Language.FR);
		assertThat(found.status()).isEqualTo(StoryStatus.SUBMITTED);
		assertThat(found.photo()).contains(photoId);
		assertThat(found.photoAlt()).isEqualTo("A kitchen table");
		assertThat(found.submittedAt()).isEqualTo(now);
		assertThat(found.consents()).extracting(Consent::person).containsExactly("Ana", "Ben");
		assertThat(found.consents().get(1).givenOn()).isEqualTo(LocalDate.of(2026, 2, 4));
		var photo = stories.photo(photoId).orElseThrow();
		assertThat(photo.bytes()).isEqualTo(bytes);
		assertThat(photo.contentType()).isEqualTo("image/jpeg");
		assertThat(stories.ofPhoto(photoId).map(StoryView::id)).contains(id);
	}

	@Test
	void aStoryMovesOnOnlyFromTheStatusesGiven() {
		var id = saved("Moves once", Theme.GRIEF, Language.EN, Optional.empty());

		assertThat(stories.move(id, List.of(StoryStatus.SUBMITTED), StoryStatus.PUBLISHED, null, now)).isTrue();
		assertThat(stories.move(id, List.of(StoryStatus.SUBMITTED), StoryStatus.SENT_BACK, "late", now)).isFalse();

		var found = stories.find(id).orElseThrow();
		assertThat(found.status()).isEqualTo(StoryStatus.PUBLISHED);
		assertThat(found.publishedAt()).contains(now);
		assertThat(found.note()).isEmpty();
	}

	@Test
	void publishedStoriesFilterByThemeCommunityAndLanguage() {
		var grief = saved("Grief FR", Theme.GRIEF, Language.FR, Optional.empty());
		var caring = saved("Caring EN", Theme.CARING, Language.EN, Optional.empty());
		var waiting = saved("Waiting", Theme.GRIEF, Language.FR, Optional.empty());
		stories.move(grief, List.of(StoryStatus.SUBMITTED), StoryStatus.PUBLISHED, null, now);
		stories.move(caring, List.of(StoryStatus.SUBMITTED), StoryStatus.PUBLISHED, null, now.plusSeconds(1));

		var mine = new StoryFilter(Optional.empty(), Optional.of(community), Optional.empty());
		assertThat(stories.published(mine, 10)).extracting(StoryView::id).containsExactly(caring, grief);
		assertThat(stories.published(new StoryFilter(Optional.of(Theme.GRIEF), Optional.of(community), Optional.empty()), 10))
			.extracting(StoryView::id).containsExactly(grief).doesNotContain(waiting);
		assertThat(stories.published(new StoryFilter(Optional.empty(), Optional.of(community), Optional.of(Language.EN)), 10))
			.extracting(StoryView::id).containsExactly(caring);
		assertThat(stories.published(mine, 1)).hasSize(1);
	}

	@Test
	void onlyOnePublishedStoryIsFeatured() {
		var first = saved("First", Theme.COMMUNITY, Language.EN, Optional.empty());
		var second = saved("Second", Theme.COMMUNITY, Language.EN, Optional.empty());
		var waiting = saved("Not yet", Theme.COMMUNITY, Language.EN, Optional.empty());
		stories.move(first, List.of(StoryStatus.SUBMITTED), StoryStatus.PUBLISHED, null, now);
		stories.move(second, List.of(StoryStatus.SUBMITTED), StoryStatus.PUBLISHED, null, now);
		var before = stories.featured();

		assertThat(stories.feature(waiting)).isFalse();
		assertThat(stories.feature(first)).isTrue();
		assertThat(stories.feature(second)).isTrue();

		assertThat(jdbc.sql("select count(*) from stories_story where featured = true").query(Integer.class).single())
			.isEqualTo(1);
		assertThat(stories.featured().map(StoryView::id)).contains(second);
		// a rejected story leaves the home page
		stories.move(second, List.of(StoryStatus.PUBLISHED), StoryStatus.REJECTED, "no", now);
		assertThat(stories.featured()).isEmpty();
		before.ifPresent(story -> stories.feature(story.id()));
	}
}
