package org.wraparound.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wraparound.accounts.AccountId;
import org.wraparound.platform.Language;

/** Inquiries, their threads and call-back details, in {@code contact_inquiry}, {@code contact_message}, {@code contact_callback}. */
@Repository
class Inquiries {

	private static final String SELECT = """
			select i.id, i.kind, i.status, i.source, i.topic, i.name, i.email, i.language, i.account_id,
			    i.assignee_id, i.received_at, i.closed_at, c.phone, c.best_time, c.call_language
			from contact_inquiry i left join contact_callback c on c.inquiry_id = i.id""";

	private final JdbcClient jdbc;

	Inquiries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(InquiryId id, InquiryKind kind, InquirySource source, Topic topic, String name, String email,
			Language language, Optional<AccountId> account, Instant now) {
		jdbc.sql("""
				insert into contact_inquiry (id, kind, status, source, topic, name, email, language, account_id,
				    received_at, updated_at)
				values (:id, :kind, 'OPEN', :source, :topic, :name, :email, :language, :account, :now, :now)""")
			.param("id", id.value()).param("kind", kind.name()).param("source", source.name())
			.param("topic", topic.name()).param("name", name).param("email", email)
			.param("language", language.code()).param("account", account.map(AccountId::value).orElse(null))
			.param("now", Timestamp.from(now)).update();
	}

	void insertCallback(InquiryId id, CallbackDetails callback) {
		jdbc.sql("insert into contact_callback (inquiry_id, phone, best_time, call_language) values (?, ?, ?, ?)")
			.params(id.value(), callback.phone(), callback.bestTime().name(), callback.callLanguage().code()).update();
	}

	/** Adds to the thread: the person's words when {@code staff} is empty, else a staff reply. */
	void addMessage(InquiryId id, String body, Optional<AccountId> staff, String staffName, Instant now) {
		jdbc.sql("""
				insert into contact_message (id, inquiry_id, staff_id, staff_name, body, written_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), id.value(), staff.map(AccountId::value).orElse(null), staffName, body,
					Timestamp.from(now))
			.update();
		jdbc.sql("update contact_inquiry set updated_at = ? where id = ?").params(Timestamp.from(now), id.value())
			.update();
	}

	Optional<InquiryView> find(InquiryId id) {
		return jdbc.sql(SELECT + " where i.id = ?").param(id.value()).query(Inquiries::view).optional();
	}

	List<ThreadMessage> thread(InquiryId id) {
		return jdbc.sql("""
				select body, staff_id, staff_name, written_at from contact_message where inquiry_id = ?
				order by written_at, id""").param(id.value())
			.query((rs, n) -> new ThreadMessage(rs.getString("body"),
					Optional.ofNullable(rs.getObject("staff_id", UUID.class)).map(AccountId::new),
					rs.getString("staff_name"), rs.getTimestamp("written_at").toInstant()))
			.list();
	}

	/** The open ones oldest first (the longest waiting on top), or the closed ones most recently closed first. */
	List<InquiryView> list(InboxFilter filter, Optional<AccountId> me, int limit) {
		String where = switch (filter) {
			case OPEN -> " where i.status = 'OPEN' order by i.received_at, i.id";
			case MINE -> " where i.status = 'OPEN' and i.assignee_id = :me order by i.received_at, i.id";
			case CLOSED -> " where i.status = 'CLOSED' order by i.closed_at desc, i.id";
		};
		var query = jdbc.sql(SELECT + where + " limit :limit").param("limit", limit);
		if (filter == InboxFilter.MINE) {
			query = query.param("me", me.map(AccountId::value).orElse(null));
		}
		return query.query(Inquiries::view).list();
	}

	long countOpen() {
		return jdbc.sql("select count(*) from contact_inquiry where status = 'OPEN'").query(Long.class).single();
	}

	boolean assign(InquiryId id, Optional<AccountId> assignee, Instant now) {
		return jdbc.sql("update contact_inquiry set assignee_id = ?, updated_at = ? where id = ?")
			.params(assignee.map(AccountId::value).orElse(null), Timestamp.from(now), id.value()).update() == 1;
	}

	/** Moves an inquiry from one status to the other; false when it was not in {@code from}. */
	boolean move(InquiryId id, InquiryStatus from, InquiryStatus to, Instant now) {
		String closedAt = to == InquiryStatus.CLOSED ? ":now" : "null";
		return jdbc.sql("update contact_inquiry set status = :to, updated_at = :now, closed_at = " + closedAt
				+ " where id = :id and status = :from")
			.param("to", to.name()).param("from", from.name()).param("now", Timestamp.from(now))
			.param("id", id.value()).update() == 1;
	}

	boolean existsFrom(String email) {
		return jdbc.sql("select count(*) from contact_inquiry where email = ?").param(email).query(Long.class)
			.single() > 0;
	}

	private static InquiryView view(ResultSet rs, int row) throws SQLException {
		String phone = rs.getString("phone");
		Optional<CallbackDetails> callback = phone == null ? Optional.empty()
				: Optional.of(new CallbackDetails(phone, BestTime.valueOf(rs.getString("best_time")),
						Language.parse(rs.getString("call_language")).orElse(Language.EN)));
		Timestamp closed = rs.getTimestamp("closed_at");
		return new InquiryView(new InquiryId(rs.getObject("id", UUID.class)),
				InquiryKind.valueOf(rs.getString("kind")), InquiryStatus.valueOf(rs.getString("status")),
				InquirySource.valueOf(rs.getString("source")), Topic.valueOf(rs.getString("topic")),
				rs.getString("name"), Optional.ofNullable(rs.getString("email")),
				Language.parse(rs.getString("language")).orElse(Language.EN),
				Optional.ofNullable(rs.getObject("account_id", UUID.class)).map(AccountId::new),
				Optional.ofNullable(rs.getObject("assignee_id", UUID.class)).map(AccountId::new),
				rs.getTimestamp("received_at").toInstant(), Optional.ofNullable(closed).map(Timestamp::toInstant),
				callback);
	}
}
