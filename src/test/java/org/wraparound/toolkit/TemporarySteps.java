package org.wraparound.toolkit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.platform.Language;

/**
 * A made-up step added at the end of the path for a test that changes guides or ticks, and removed after it with
 * everything hanging from it, so that the real path and the demo's progress stay as they were for other tests.
 */
public final class TemporarySteps {

	private TemporarySteps() {
	}

	/** Seeds a new step with a two-item checklist and returns its key. */
	public static String create(ApplicationContext context) {
		String key = "test-" + UUID.randomUUID().toString().substring(0, 8);
		context.getBean(ToolkitContent.class).seed(List.of(step(key, 1, "Some words.", "Quelques mots.")));
		return key;
	}

	static SeedStep step(String key, int version, String english, String french) {
		return new SeedStep(key, "sustain", 100, 60, version, List.of("action-plan"),
				Map.of(Language.EN, new SeedStep.Guide("Test step " + key, "## What it is\n" + english,
						List.of("First thing", "Second thing")),
						Language.FR, new SeedStep.Guide("Étape d’essai " + key, "## Ce que c’est\n" + french,
								List.of("Première chose", "Deuxième chose"))));
	}

	public static void remove(ApplicationContext context, String key) {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		String items = "(select item_key from toolkit_item where step_key = ?)";
		jdbc.sql("delete from toolkit_tick where item_key in " + items).param(key).update();
		jdbc.sql("delete from toolkit_item_version where item_key in " + items).param(key).update();
		jdbc.sql("delete from toolkit_item where step_key = ?").param(key).update();
		jdbc.sql("delete from toolkit_guide_version where step_key = ?").param(key).update();
		jdbc.sql("delete from toolkit_guide where step_key = ?").param(key).update();
		jdbc.sql("delete from toolkit_step where step_key = ?").param(key).update();
	}
}
