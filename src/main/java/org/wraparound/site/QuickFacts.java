package org.wraparound.site;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The quick facts as stored, in their order. */
@Repository
class QuickFacts {

	private final JdbcClient jdbc;

	QuickFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<QuickFact> all() {
		return jdbc.sql("""
				select id, shown_order, text_en, text_fr, source_en, source_fr, figures_year, link from site_fact
				order by shown_order, id""").query((rs, n) -> new QuickFact(rs.getObject("id", UUID.class),
						rs.getInt("shown_order"), rs.getString("text_en"), rs.getString("text_fr"),
						rs.getString("source_en"), rs.getString("source_fr"), rs.getInt("figures_year"),
						Optional.ofNullable(rs.getString("link"))))
			.list();
	}

	Optional<QuickFact> find(UUID id) {
		return all().stream().filter(fact -> fact.id().equals(id)).findFirst();
	}

	long count() {
		return jdbc.sql("select count(*) from site_fact").query(Long.class).single();
	}

	/** Adds the fact, or changes it when one with its id exists. */
	void save(QuickFact fact, Instant at) {
		int changed = jdbc.sql("""
				update site_fact set shown_order = ?, text_en = ?, text_fr = ?, source_en = ?, source_fr = ?, figures_year = ?,
				link = ?, updated_at = ? where id = ?""")
			.params(fact.position(), fact.textEn(), fact.textFr(), fact.sourceEn(), fact.sourceFr(), fact.year(),
					fact.link().orElse(null), at.atOffset(ZoneOffset.UTC), fact.id())
			.update();
		if (changed == 0) {
			jdbc.sql("""
					insert into site_fact (id, shown_order, text_en, text_fr, source_en, source_fr, figures_year, link,
					updated_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(fact.id(), fact.position(), fact.textEn(), fact.textFr(), fact.sourceEn(), fact.sourceFr(),
						fact.year(), fact.link().orElse(null), at.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	boolean remove(UUID id) {
		return jdbc.sql("delete from site_fact where id = ?").param(id).update() == 1;
	}
}
