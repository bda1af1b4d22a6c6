package org.wraparound.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit table. It can only be added to and read: there is deliberately no way to change or remove a line. */
@Repository
class AuditEntries {

	private static final String COLUMNS = "id, at, actor_id, actor_label, action, module, record_type, record_id, ip, detail";

	private final JdbcClient jdbc;

	private final AuditConnections own;

	AuditEntries(JdbcClient jdbc, AuditConnections own) {
		this.jdbc = jdbc;
		this.own = own;
	}

	/** Adds an entry at once, on the audit's own connections: it is kept whatever becomes of the caller's transaction. */
	void add(AuditEntry entry) {
		own.jdbc().sql("insert into audit_entry (" + COLUMNS + ") values "
				+ "(:id, :at, :actorId, :actorLabel, :action, :module, :recordType, :recordId, :ip, :detail)")
			.param("id", entry.id())
			.param("at", OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC))
			.param("actorId", entry.actor().id())
			.param("actorLabel", entry.actor().label())
			.param("action", entry.action().name())
			.param("module", entry.record().module())
			.param("recordType", entry.record().type())
			.param("recordId", entry.record().id())
			.param("ip", entry.ip())
			.param("detail", entry.detail())
			.update();
	}

	/** Up to {@code limit} entries before {@code position} (all when it is null), newest first. */
	List<AuditEntry> before(AuditFilter filter, AuditPage.Position position, int limit) {
		Where where = Where.of(filter);
		if (position != null) {
			where.add("(at < :positionAt or (at = :positionAt and id < :positionId))", position);
		}
		return jdbc.sql("select " + COLUMNS + " from audit_entry" + where + " order by at desc, id desc limit :limit")
			.params(where.params).param("limit", limit).query(AuditEntries::entry).list();
	}

	/** Up to {@code limit} entries just after {@code position}, oldest first. */
	List<AuditEntry> after(AuditFilter filter, AuditPage.Position position, int limit) {
		Where where = Where.of(filter);
		where.add("(at > :positionAt or (at = :positionAt and id > :positionId))", position);
		return jdbc.sql("select " + COLUMNS + " from audit_entry" + where + " order by at, id limit :limit")
			.params(where.params).param("limit", limit).query(AuditEntries::entry).list();
	}

	/** Hands every matching entry, newest first and at most {@code limit}, to {@code each}, without holding them all. */
	void each(AuditFilter filter, int limit, Consumer<AuditEntry> each) {
		Where where = Where.of(filter);
		jdbc.sql("select " + COLUMNS + " from audit_entry" + where + " order by at desc, id desc limit :limit")
			.params(where.params).param("limit", limit)
			.query((RowCallbackHandler) rs -> each.accept(entry(rs, rs.getRow())));
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getObject("id", UUID.class), rs.getObject("at", OffsetDateTime.class).toInstant(),
				new Actor(rs.getString("actor_id"), rs.getString("actor_label")),
				AuditAction.valueOf(rs.getString("action")),
				new RecordRef(rs.getString("module"), rs.getString("record_type"), rs.getString("record_id")),
				rs.getString("ip"), rs.getString("detail"));
	}

	/** The conditions of a filter, built from fixed fragments only; values always go in as parameters. */
	private static final class Where {

		private final List<String> conditions = new ArrayList<>();
		private final Map<String, Object> params = new LinkedHashMap<>();

		static Where of(AuditFilter filter) {
			Where where = new Where();
			where.equal("actor_id", "actorId", filter.actorId());
			where.equal("module", "module", filter.module());
			where.equal("record_type", "recordType", filter.recordType());
			where.equal("record_id", "recordId", filter.recordId());
			if (filter.from() != null) {
				where.conditions.add("at >= :from");
				where.params.put("from", utc(filter.from()));
			}
			if (filter.until() != null) {
				where.conditions.add("at < :until");
				where.params.put("until", utc(filter.until()));
			}
			return where;
		}

		void add(String condition, AuditPage.Position position) {
			conditions.add(condition);
			params.put("positionAt", utc(position.at()));
			params.put("positionId", position.id());
		}

		private void equal(String column, String param, String value) {
			if (value != null) {
				conditions.add(column + " = :" + param);
				params.put(param, value);
			}
		}

		private static OffsetDateTime utc(Instant instant) {
			return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
		}

		@Override
		public String toString() {
			return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		}
	}
}
