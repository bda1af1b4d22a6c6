package org.wraparound.toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wraparound.platform.Language;

/** The path the code ships: every step has a real guide and the same checklist length in both languages. */
class PathSeedTests {

	@Test
	void everyStepHasAGuideWithTheFiveQuestionsInBothLanguages() {
		List<SeedStep> steps = PathSeed.load();
		assertThat(steps).hasSizeGreaterThanOrEqualTo(14);
		assertThat(steps).extracting(SeedStep::phase).containsSubsequence("get-ready", "team", "understand", "plan",
				"volunteers", "launch", "sustain");
		for (SeedStep step : steps) {
			var en = step.guides().get(Language.EN);
			var fr = step.guides().get(Language.FR);
			assertThat(en.body()).as(step.key()).contains("## What it is", "## Why it matters", "## How to do it",
					"## How long it takes", "## Who to involve");
			assertThat(fr.body()).as(step.key()).contains("## Ce que c’est", "## Pourquoi c’est important",
					"## Comment faire", "## Combien de temps", "## Qui inviter");
			assertThat(en.items()).as(step.key()).isNotEmpty().hasSameSizeAs(fr.items());
			assertThat(en.title()).isNotEqualTo(fr.title());
			assertThat(en.body() + fr.body()).as(step.key()).doesNotContain("lorem", "'");
		}
	}

	@Test
	void aGuideWithoutTitleOrChecklistIsRefused() {
		assertThatThrownBy(() -> PathSeed.guide("No title\n<!-- checklist -->\n- one", "x"))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> PathSeed.guide("# Title\nNo checklist", "x")).isInstanceOf(IllegalStateException.class);
		assertThat(PathSeed.guide("# Title\r\nBody\r\n<!-- checklist -->\r\n- one\r\n- two", "x").items())
			.containsExactly("one", "two");
	}
}
