package org.wraparound.toolkit.templates;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;
import org.wraparound.platform.Language;

/** What each community last typed into each template, and the language of its last PDF. */
@Component
class TemplateFills {

	private final JdbcClient jdbc;

	TemplateFills(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Saved> find(CommunityId community, FillInTemplate template) {
		Optional<Language> language = jdbc.sql("""
				select language from toolkit_template_fill where community_id = ? and template_key = ?""")
			.params(community.value(), template.key()).query(String.class).optional().flatMap(Language::parse);
		if (language.isEmpty()) {
			return Optional.empty();
		}
		Map<String, String> values = new LinkedHashMap<>();
		jdbc.sql("select field, field_value from toolkit_template_value where community_id = ? and template_key = ?")
			.params(community.value(), template.key())
			.query(row -> {
				values.put(row.getString("field"), row.getString("field_value"));
			});
		return Optional.of(new Saved(language.get(), new TemplateValues(values)));
	}

	/**
	 * Replaces what was kept. The first statement makes the row exist and the update then locks it, so two champions
	 * saving at once take turns rather than mixing their values.
	 */
	void save(CommunityId community, FillInTemplate template, Language language, TemplateValues values, AccountId by,
			Instant now) {
		jdbc.sql("""
				insert into toolkit_template_fill (community_id, template_key, language, updated_at, updated_by)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(community.value(), template.key(), language.code(), Timestamp.from(now), by.value()).update();
		jdbc.sql("""
				update toolkit_template_fill set language = ?, updated_at = ?, updated_by = ?
				where community_id = ? and template_key = ?""")
			.params(language.code(), Timestamp.from(now), by.value(), community.value(), template.key()).update();
		jdbc.sql("delete from toolkit_template_value where community_id = ? and template_key = ?")
			.params(community.value(), template.key()).update();
		values.values().forEach((field, value) -> jdbc.sql("""
				insert into toolkit_template_value (community_id, template_key, field, field_value) values (?, ?, ?, ?)""")
			.params(community.value(), template.key(), field, value).update());
	}

	/** The values and language last saved. */
	record Saved(Language language, TemplateValues values) {
	}
}
