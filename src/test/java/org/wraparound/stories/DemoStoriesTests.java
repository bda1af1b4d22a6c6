package org.wraparound.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.wraparound.WraparoundTest;

/** The demo's example story: clearly marked, published with its drawing, and loaded only once. */
@WraparoundTest
class DemoStoriesTests {

	@Autowired
	StoryManagement stories;

	@Autowired
	DemoStories demo;

	@Test
	void theExampleStoryIsPublishedMarkedAndIllustrated() throws Exception {
		var examples = stories.published(StoryFilter.none()).stream()
			.filter(story -> story.title().equals(DemoStories.TITLE)).toList();
		assertThat(examples).hasSize(1);
		var story = examples.get(0);
		assertThat(story.title()).startsWith("Example story");
		assertThat(story.paragraphs().get(0)).contains("example story, written by the Wraparound team");
		assertThat(story.photoAlt()).isNotBlank();
		var photo = stories.photo(story.photo().orElseThrow(), java.util.Optional.empty(), false).orElseThrow();
		assertThat(Photos.kind(photo.bytes())).isEqualTo(Photos.Kind.JPEG);

		ApplicationArguments none = new DefaultApplicationArguments();
		demo.run(none);
		assertThat(stories.published(StoryFilter.none()))
			.filteredOn(s -> s.title().equals(DemoStories.TITLE)).hasSize(1);
	}
}
