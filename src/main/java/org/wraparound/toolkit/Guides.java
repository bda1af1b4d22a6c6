package org.wraparound.toolkit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountId;
import org.wraparound.platform.Language;

/**
 * The path's steps, their guides and checklist items, and every earlier version of each. A change writes the new
 * current text and a version row in one go, so history is never missing a step.
 */
@Component
class Guides {

	private final JdbcClient jdbc;

	Guides(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A step as stored. */
	record StepRow(String key, String phase, int position, int weeks, List<String> tools, int seedVersion) {
	}

	/** A guide's current text in one language. */
	record GuideRow(int version, String title, String body, boolean edited) {
	}

	/** A checklist item's current labels. */
	record ItemRow(String key, String step, int position, String labelEn, String labelFr, boolean active,
			boolean edited, int version) {

		String label(Language language) {
			return language == Language.FR ? labelFr : labelEn;
		}
	}

	List<StepRow> steps() {
		return jdbc.sql("select * from toolkit_step order by position").query(Guides::step).list();
	}

	Optional<StepRow> step(String key) {
		return jdbc.sql("select * from toolkit_step where step_key = ?").param(key).query(Guides::step).optional();
	}

	void insertStep(SeedStep step) {
		jdbc.sql("""
				insert into toolkit_step (step_key, phase, position, weeks, tools, seed_version)
				values (?, ?, ?, ?, ?, ?)""")
			.params(step.key(), step.phase(), step.position(), step.weeks(), String.join(",", step.tools()),
					step.version())
			.update();
	}

	void updateStep(SeedStep step) {
		jdbc.sql("update toolkit_step set phase = ?, position = ?, weeks = ?, tools = ?, seed_version = ? "
				+ "where step_key = ?")
			.params(step.phase(), step.position(), step.weeks(), String.join(",", step.tools()), step.version(),
					step.key())
			.update();
	}

	Optional<GuideRow> guide(String step, Language language) {
		return jdbc.sql("select version, title, body, edited from toolkit_guide where step_key = ? and language = ?")
			.params(step, language.code())
			.query((rs, n) -> new GuideRow(rs.getInt("version"), rs.getString("title"), rs.getString("body"),
					rs.getBoolean("edited")))
			.optional();
	}

	/** Writes a guide's new current text as {@code version} (1 creates it) and keeps it among its versions. */
	void writeGuide(String step, Language language, int version, String title, String body, boolean edited,
			Optional<AccountId> by, Instant at) {
		if (version == 1) {
			jdbc.sql("insert into toolkit_guide (step_key, language, version, title, body, edited) "
					+ "values (?, ?, 1, ?, ?, ?)").params(step, language.code(), title, body, edited).update();
		}
		else {
			jdbc.sql("update toolkit_guide set version = ?, title = ?, body = ?, edited = ? "
					+ "where step_key = ? and language = ?")
				.params(version, title, body, edited, step, language.code()).update();
		}
		jdbc.sql("""
				insert into toolkit_guide_version (step_key, language, version, title, body, changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(step, language.code(), version, title, body, by.map(AccountId::value).orElse(null), utc(at))
			.update();
	}

	/** Every version of a guide, newest first. */
	List<GuideVersion> versions(String step, Language language) {
		return jdbc.sql("select * from toolkit_guide_version where step_key = ? and language = ? "
				+ "order by version desc")
			.params(step, language.code())
			.query((rs, n) -> new GuideVersion(language, rs.getInt("version"), rs.getString("title"),
					rs.getString("body"), account(rs, "changed_by"), instant(rs, "changed_at")))
			.list();
	}

	/** A step's items, removed ones included, in order. */
	List<ItemRow> items(String step) {
		return jdbc.sql("select * from toolkit_item where step_key = ? order by position, item_key").param(step)
			.query(Guides::item).list();
	}

	/** The active items of every step, in path order. */
	List<ItemRow> activeItems() {
		return jdbc.sql("select i.* from toolkit_item i join toolkit_step s on s.step_key = i.step_key "
				+ "where i.active order by s.position, i.position, i.item_key").query(Guides::item).list();
	}

	/** Writes an item's new labels as {@code version} (1 creates it) and keeps them among its versions. */
	void writeItem(ItemRow item, Optional<AccountId> by, Instant at) {
		if (item.version() == 1) {
			jdbc.sql("""
					insert into toolkit_item (item_key, step_key, position, label_en, label_fr, active, edited, version)
					values (?, ?, ?, ?, ?, ?, ?, 1)""")
				.params(item.key(), item.step(), item.position(), item.labelEn(), item.labelFr(), item.active(),
						item.edited())
				.update();
		}
		else {
			jdbc.sql("update toolkit_item set position = ?, label_en = ?, label_fr = ?, active = ?, edited = ?, "
					+ "version = ? where item_key = ?")
				.params(item.position(), item.labelEn(), item.labelFr(), item.active(), item.edited(),
						item.version(), item.key())
				.update();
		}
		jdbc.sql("""
				insert into toolkit_item_version (item_key, version, label_en, label_fr, active, changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(item.key(), item.version(), item.labelEn(), item.labelFr(), item.active(),
					by.map(AccountId::value).orElse(null), utc(at))
			.update();
	}

	/** How many versions an item has had (1 for one only ever seeded). */
	int itemVersions(String item) {
		return jdbc.sql("select count(*) from toolkit_item_version where item_key = ?").param(item)
			.query(Integer.class).single();
	}

	private static StepRow step(ResultSet rs, int n) throws SQLException {
		String tools = rs.getString("tools");
		return new StepRow(rs.getString("step_key"), rs.getString("phase"), rs.getInt("position"),
				rs.getInt("weeks"), tools.isBlank() ? List.of() : List.of(tools.split(",")),
				rs.getInt("seed_version"));
	}

	private static ItemRow item(ResultSet rs, int n) throws SQLException {
		return new ItemRow(rs.getString("item_key"), rs.getString("step_key"), rs.getInt("position"),
				rs.getString("label_en"), rs.getString("label_fr"), rs.getBoolean("active"), rs.getBoolean("edited"),
				rs.getInt("version"));
	}

	static Optional<AccountId> account(ResultSet rs, String column) throws SQLException {
		return Optional.ofNullable(rs.getObject(column, UUID.class)).map(AccountId::new);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
