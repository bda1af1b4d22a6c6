package org.wraparound.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.DatabaseTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.platform.Language;

/** The path is seeded in every setup, once; a newer seed updates what staff left alone and nothing they edited. */
@DatabaseTest
class ToolkitContentTests {

	@Autowired
	ToolkitContent content;

	@Autowired
	GuideEditing editing;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

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
	void theShippedPathIsThereAndSeedingAgainAddsNothing() {
		List<SeedStep> shipped = PathSeed.load();
		long[] before = counts();
		assertThat(before[0]).isEqualTo(shipped.size());
		assertThat(before[1]).isEqualTo(2L * shipped.size());
		content.seed(shipped);
		content.seed(shipped);
		assertThat(counts()).containsExactly(before);
		assertThat(editing.guide("why", Language.FR).orElseThrow().title()).isEqualTo("Savoir pourquoi vous commencez");
	}

	@Test
	void aNewerSeedUpdatesWhatStaffLeftAloneButNeverWhatTheyEdited() {
		temporary = TemporarySteps.create(context);
		var jordan = accounts.findByEmail("staff@wraparound.example").orElseThrow().id();
		assertThat(editing.edit(new EditGuide(temporary, Language.EN, "Our own title", "Staff wrote this.", 1, jordan)))
			.isEqualTo(GuideEditing.Outcome.SAVED);
		String secondItem = temporary + "-2";
		editing.editItems(temporary, List.of(new EditItem(secondItem, "Staff item", "Élément du personnel")), jordan);

		content.seed(List.of(TemporarySteps.step(temporary, 1, "Changed but same version.", "Changé.")));
		assertThat(editing.guide(temporary, Language.FR).orElseThrow().markdown()).contains("Quelques mots.");

		content.seed(List.of(TemporarySteps.step(temporary, 2, "New shipped words.", "Nouveaux mots livrés.")));
		content.seed(List.of(TemporarySteps.step(temporary, 2, "New shipped words.", "Nouveaux mots livrés.")));

		var english = editing.guide(temporary, Language.EN).orElseThrow();
		assertThat(english.title()).isEqualTo("Our own title");
		assertThat(english.markdown()).isEqualTo("Staff wrote this.");
		var french = editing.guide(temporary, Language.FR).orElseThrow();
		assertThat(french.markdown()).contains("Nouveaux mots livrés.");
		assertThat(french.version()).isEqualTo(2);
		assertThat(editing.history(temporary)).hasSize(4);
		assertThat(editing.items(temporary)).extracting(EditableItem::labelEn).containsExactly("First thing",
				"Staff item");
	}

	private long[] counts() {
		return new long[] { count("toolkit_step"), count("toolkit_guide"), count("toolkit_guide_version"),
				count("toolkit_item"), count("toolkit_item_version") };
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
