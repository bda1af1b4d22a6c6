package org.wraparound.notifications;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wraparound.platform.Language;

/** Every mail written, one per event id. */
@Repository
class Mails {

	private final JdbcClient jdbc;

	Mails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(UUID id) {
		return jdbc.sql("select count(*) from notifications_message where id = ?").param(id).query(Long.class)
			.single() > 0;
	}

	void record(Email email, MailStatus status, Instant createdAt, Instant sentAt) {
		jdbc.sql("""
				insert into notifications_message
				  (id, kind, recipient, language, subject, body, status, created_at, sent_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(email.id(), email.kind(), email.to(), email.language().name(), email.subject(), email.text(),
					status.name(), utc(createdAt), utc(sentAt))
			.update();
	}

	List<Mail> newest(int limit) {
		return jdbc.sql("""
				select id, kind, recipient, language, subject, body, status, created_at, sent_at
				from notifications_message order by created_at desc, id limit ?""")
			.param(limit)
			.query((rs, row) -> new Mail(rs.getObject("id", UUID.class), rs.getString("kind"),
					rs.getString("recipient"), Language.valueOf(rs.getString("language")), rs.getString("subject"),
					rs.getString("body"), MailStatus.valueOf(rs.getString("status")),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					Optional.ofNullable(rs.getObject("sent_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant)))
			.list();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
