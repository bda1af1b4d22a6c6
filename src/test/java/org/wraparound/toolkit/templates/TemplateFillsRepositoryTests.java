package org.wraparound.toolkit.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.DatabaseTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.communities.StartCommunity;
import org.wraparound.platform.Language;

/**
 * What a community typed into a template is kept, replaced as a whole, and kept apart per template (H2 and
 * PostgreSQL).
 */
@DatabaseTest
class TemplateFillsRepositoryTests {

	@Autowired
	TemplateFills fills;

	@Autowired
	CommunityManagement communities;

	@Autowired
	AccountManagement accounts;

	@Test
	void savingAgainReplacesTheValuesAndTheLanguage() {
		var claire = accounts.findByEmail("champion@wraparound.example").orElseThrow().id();
		CommunitySummary community = communities.start(new StartCommunity("Kept " + UUID.randomUUID(), "Here",
				ZoneId.of("America/Toronto"), claire));
		assertThat(fills.find(community.id(), FillInTemplate.ACTION_PLAN)).isEmpty();

		String long1500 = "é".repeat(Field.TEXT_MAX);
		fills.save(community.id(), FillInTemplate.ACTION_PLAN, Language.FR,
				values("goal", long1500, "period", "2027", "activities", "One\nTwo"), claire, Instant.now());
		var first = fills.find(community.id(), FillInTemplate.ACTION_PLAN).orElseThrow();
		assertThat(first.language()).isEqualTo(Language.FR);
		assertThat(first.values().get("goal")).isEqualTo(long1500);
		assertThat(first.values().lines("activities")).containsExactly("One", "Two");

		fills.save(community.id(), FillInTemplate.ACTION_PLAN, Language.EN, values("goal", "", "period", "2028"),
				claire, Instant.now());
		var second = fills.find(community.id(), FillInTemplate.ACTION_PLAN).orElseThrow();
		assertThat(second.language()).isEqualTo(Language.EN);
		assertThat(second.values().values()).containsExactlyInAnyOrderEntriesOf(Map.of("goal", "", "period", "2028"));
		assertThat(fills.find(community.id(), FillInTemplate.EVALUATION_PLAN)).isEmpty();
	}

	private static TemplateValues values(String... pairs) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			values.put(pairs[i], pairs[i + 1]);
		}
		return new TemplateValues(values);
	}
}
