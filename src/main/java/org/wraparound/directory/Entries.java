package org.wraparound.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wraparound.communities.CommunityId;

/** The entries of each community's asset map. Every read and change names the community. */
@Component
class Entries {

	private static final String COLUMNS = """
			id, name, category, description_en, description_fr, phone, email, website, hours, address, latitude,
			longitude, languages, accessibility, maintained_by, checked_at""";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	Entries(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	List<Entry> of(CommunityId community) {
		return jdbc.sql("select " + COLUMNS + " from directory_entry where community_id = ? order by lower(name), id")
			.param(community.value()).query((rs, n) -> entry(rs)).list();
	}

	Optional<Entry> find(CommunityId community, EntryId id) {
		return jdbc.sql("select " + COLUMNS + " from directory_entry where community_id = ? and id = ?")
			.params(community.value(), id.value()).query((rs, n) -> entry(rs)).optional();
	}

	int count(CommunityId community) {
		return jdbc.sql("select count(*) from directory_entry where community_id = ?").param(community.value())
			.query(Integer.class).single();
	}

	/** Adds entries in one batch. */
	void add(CommunityId community, List<Entry> entries, Instant now) {
		template.batchUpdate("""
				insert into directory_entry (community_id, created_at, updated_at, id, name, category, description_en,
				description_fr, phone, email, website, hours, address, latitude, longitude, languages, accessibility,
				maintained_by, checked_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				entries, 500, (statement, entry) -> {
					statement.setObject(1, community.value());
					statement.setTimestamp(2, Timestamp.from(now));
					statement.setTimestamp(3, Timestamp.from(now));
					Object[] values = values(entry);
					for (int i = 0; i < values.length; i++) {
						if (values[i] == null) {
							statement.setNull(4 + i, Types.DOUBLE);
						}
						else {
							statement.setObject(4 + i, values[i]);
						}
					}
				});
	}

	boolean change(CommunityId community, Entry entry, Instant now) {
		Object[] values = values(entry);
		return jdbc.sql("""
				update directory_entry set name = ?, category = ?, description_en = ?, description_fr = ?, phone = ?,
				email = ?, website = ?, hours = ?, address = ?, latitude = ?, longitude = ?, languages = ?,
				accessibility = ?, maintained_by = ?, checked_at = ?, updated_at = ? where id = ? and community_id = ?""")
			.params(Arrays.asList(values).subList(1, values.length))
			.param(Timestamp.from(now)).param(entry.id().value()).param(community.value())
			.update() == 1;
	}

	boolean markChecked(CommunityId community, EntryId id, Instant now) {
		return jdbc.sql("update directory_entry set checked_at = ?, updated_at = ? where id = ? and community_id = ?")
			.params(Timestamp.from(now), Timestamp.from(now), id.value(), community.value()).update() == 1;
	}

	boolean remove(CommunityId community, EntryId id) {
		return jdbc.sql("delete from directory_entry where id = ? and community_id = ?")
			.params(id.value(), community.value()).update() == 1;
	}

	private static Object[] values(Entry entry) {
		return new Object[] { entry.id().value(), entry.name(), entry.category().name(), entry.descriptionEn(),
				entry.descriptionFr(), entry.phone(), entry.email(), entry.website(), entry.hours(), entry.address(),
				entry.point().map(Point::latitude).orElse(null), entry.point().map(Point::longitude).orElse(null),
				String.join("\n", entry.languages()), entry.accessibility(), entry.maintainedBy(),
				Timestamp.from(entry.checkedAt()) };
	}

	private static Entry entry(ResultSet rs) throws SQLException {
		double latitude = rs.getDouble("latitude");
		Optional<Point> point = rs.wasNull() ? Optional.empty()
				: Optional.of(new Point(latitude, rs.getDouble("longitude")));
		String languages = rs.getString("languages");
		return new Entry(new EntryId(rs.getObject("id", UUID.class)), rs.getString("name"),
				Category.parse(rs.getString("category")).orElse(Category.OTHER), rs.getString("description_en"),
				rs.getString("description_fr"), rs.getString("phone"), rs.getString("email"), rs.getString("website"),
				rs.getString("hours"), rs.getString("address"), point,
				languages.isEmpty() ? List.of() : List.of(languages.split("\n")), rs.getString("accessibility"),
				rs.getString("maintained_by"), rs.getTimestamp("checked_at").toInstant());
	}
}
