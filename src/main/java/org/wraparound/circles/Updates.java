package org.wraparound.circles;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountId;

/** The updates a circle's members post, and the comments on them. */
@Component
class Updates {

	record Row(UUID id, UUID circle, AccountId author, String body, Instant postedAt) {
	}

	record Comment(UUID id, UUID update, AccountId author, String body, Instant postedAt) {
	}

	/** An update posted in a digest's period, with how many comments it has. */
	record Counted(Row update, int comments) {
	}

	private final JdbcClient jdbc;

	Updates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void post(Row row) {
		jdbc.sql("insert into circles_update (id, circle_id, author_id, body, posted_at) values (?, ?, ?, ?, ?)")
			.params(row.id(), row.circle(), row.author().value(), row.body(), utc(row.postedAt())).update();
	}

	void comment(Comment comment) {
		jdbc.sql("insert into circles_comment (id, update_id, author_id, body, posted_at) values (?, ?, ?, ?, ?)")
			.params(comment.id(), comment.update(), comment.author().value(), comment.body(), utc(comment.postedAt()))
			.update();
	}

	/** A circle's updates, newest first, {@code limit} of them after skipping {@code offset}. */
	List<Row> newest(UUID circle, int offset, int limit) {
		return jdbc.sql("""
				select id, circle_id, author_id, body, posted_at from circles_update where circle_id = ?
				order by posted_at desc, id desc limit ? offset ?""")
			.params(circle, limit, offset).query((rs, n) -> row(rs)).list();
	}

	/** Whether {@code update} is one of {@code circle}'s. */
	boolean isIn(UUID update, UUID circle) {
		return jdbc.sql("select count(*) from circles_update where id = ? and circle_id = ?").params(update, circle)
			.query(Long.class).single() > 0;
	}

	/** The comments on some updates, oldest first. */
	List<Comment> commentsOn(Collection<UUID> updates) {
		if (updates.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select id, update_id, author_id, body, posted_at from circles_comment where update_id in (:updates)
				order by posted_at, id""")
			.param("updates", updates)
			.query((rs, n) -> new Comment(rs.getObject("id", UUID.class), rs.getObject("update_id", UUID.class),
					new AccountId(rs.getObject("author_id", UUID.class)), rs.getString("body"),
					rs.getObject("posted_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** The updates posted after {@code after} up to {@code upTo}, oldest first, each with its number of comments. */
	List<Counted> postedBetween(UUID circle, Instant after, Instant upTo) {
		return jdbc.sql("""
				select u.id, u.circle_id, u.author_id, u.body, u.posted_at,
				       (select count(*) from circles_comment c where c.update_id = u.id and c.posted_at <= :upTo) as comments
				from circles_update u
				where u.circle_id = :circle and u.posted_at > :after and u.posted_at <= :upTo
				order by u.posted_at, u.id""")
			.param("circle", circle).param("after", utc(after)).param("upTo", utc(upTo))
			.query((rs, n) -> new Counted(row(rs), rs.getInt("comments"))).list();
	}

	/** How many comments were written in a circle after {@code after} up to {@code upTo}. */
	int commentsBetween(UUID circle, Instant after, Instant upTo) {
		return jdbc.sql("""
				select count(*) from circles_comment c join circles_update u on u.id = c.update_id
				where u.circle_id = ? and c.posted_at > ? and c.posted_at <= ?""")
			.params(circle, utc(after), utc(upTo)).query(Long.class).single().intValue();
	}

	private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("circle_id", UUID.class),
				new AccountId(rs.getObject("author_id", UUID.class)), rs.getString("body"),
				rs.getObject("posted_at", OffsetDateTime.class).toInstant());
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
