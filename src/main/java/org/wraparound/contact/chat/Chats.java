package org.wraparound.contact.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.wraparound.accounts.AccountId;
import org.wraparound.platform.Language;

/** Chats and their lines. */
@Repository
class Chats {

	private static final String CHAT_COLUMNS = """
			c.id, c.status, c.visitor_name, c.visitor_email, c.account_id, c.language, c.from_page, c.staff_id,
			c.staff_name, c.opened_at, c.ended_at""";

	private static final String MESSAGE_COLUMNS = "m.id as message_id, m.chat_id, m.speaker, m.author_name, m.body, m.sent_at";

	private final JdbcClient jdbc;

	Chats(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ChatId id, OpenChat command, Instant now) {
		jdbc.sql("""
				insert into contact_chat (id, status, visitor_name, visitor_email, account_id, language, from_page,
				  opened_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), ChatStatus.WAITING.name(), command.visitorName(), command.visitorEmail().orElse(null),
					command.account().map(AccountId::value).orElse(null), command.language().code(),
					command.fromPage().orElse(null), utc(now))
			.update();
	}

	long append(ChatId chat, Speaker speaker, String authorName, String text, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into contact_chat_message (chat_id, speaker, author_name, body, sent_at) values (?, ?, ?, ?, ?)")
			.params(chat.value(), speaker.name(), authorName, text, utc(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** Gives the chat to {@code staff} if it is still waiting; false when someone else took it first. */
	boolean claim(ChatId chat, AccountId staff, String staffName, Instant now) {
		return jdbc.sql("""
				update contact_chat set status = ?, staff_id = ?, staff_name = ?, claimed_at = ?
				where id = ? and status = ?""")
			.params(ChatStatus.ACTIVE.name(), staff.value(), staffName, utc(now), chat.value(), ChatStatus.WAITING.name())
			.update() == 1;
	}

	/** Ends the chat if it is still open; false when it already was over. */
	boolean end(ChatId chat, Instant now) {
		return jdbc.sql("update contact_chat set status = ?, ended_at = ? where id = ? and status <> ?")
			.params(ChatStatus.ENDED.name(), utc(now), chat.value(), ChatStatus.ENDED.name())
			.update() == 1;
	}

	/** Open chats in which nobody has written since {@code before}, oldest first, at most {@code limit}. */
	List<ChatId> quietSince(Instant before, int limit) {
		return jdbc.sql("""
				select c.id from contact_chat c where c.status <> ? and c.opened_at < ?
				and not exists (select 1 from contact_chat_message m where m.chat_id = c.id and m.sent_at >= ?)
				order by c.opened_at limit ?""")
			.params(ChatStatus.ENDED.name(), utc(before), utc(before), limit)
			.query((rs, n) -> new ChatId(rs.getObject("id", UUID.class))).list();
	}

	Optional<Chat> find(ChatId id) {
		return jdbc.sql("select " + CHAT_COLUMNS + " from contact_chat c where c.id = ?").param(id.value())
			.query(Chats::chat).optional();
	}

	List<Chat> withStatus(ChatStatus status) {
		return jdbc.sql("select " + CHAT_COLUMNS + " from contact_chat c where c.status = ? order by c.opened_at, c.id")
			.param(status.name()).query(Chats::chat).list();
	}

	List<Chat> answeredBy(AccountId staff) {
		return jdbc.sql("select " + CHAT_COLUMNS
				+ " from contact_chat c where c.status = ? and c.staff_id = ? order by c.opened_at, c.id")
			.params(ChatStatus.ACTIVE.name(), staff.value()).query(Chats::chat).list();
	}

	List<ChatMessage> messagesAfter(ChatId chat, long after) {
		return jdbc.sql("select " + MESSAGE_COLUMNS + " from contact_chat_message m where m.chat_id = ? and m.id > ? order by m.id")
			.params(chat.value(), after).query(Chats::message).list();
	}

	Optional<ChatUpdate> update(long messageId) {
		return jdbc.sql("select " + MESSAGE_COLUMNS + ", " + CHAT_COLUMNS
				+ " from contact_chat_message m join contact_chat c on c.id = m.chat_id where m.id = ?")
			.param(messageId).query((rs, row) -> new ChatUpdate(message(rs, row), chat(rs, row))).optional();
	}

	/** Lines written after {@code after}, with their chats, oldest first, at most {@code limit}. */
	List<ChatUpdate> updatesAfter(long after, int limit) {
		return jdbc.sql("select " + MESSAGE_COLUMNS + ", " + CHAT_COLUMNS
				+ " from contact_chat_message m join contact_chat c on c.id = m.chat_id where m.id > ? order by m.id limit ?")
			.params(after, limit).query((rs, row) -> new ChatUpdate(message(rs, row), chat(rs, row))).list();
	}

	/** The ids of lines written after {@code after}, oldest first, at most {@code limit}. */
	List<Long> idsAfter(long after, int limit) {
		return jdbc.sql("select id from contact_chat_message where id > ? order by id limit ?").params(after, limit)
			.query(Long.class).list();
	}

	long lastMessageId() {
		return jdbc.sql("select coalesce(max(id), 0) from contact_chat_message").query(Long.class).single();
	}

	private static Chat chat(ResultSet rs, int row) throws SQLException {
		return new Chat(new ChatId(rs.getObject("id", UUID.class)), ChatStatus.valueOf(rs.getString("status")),
				rs.getString("visitor_name"), Optional.ofNullable(rs.getString("visitor_email")),
				Optional.ofNullable(rs.getObject("account_id", UUID.class)).map(AccountId::new),
				Language.parse(rs.getString("language")).orElse(Language.EN),
				Optional.ofNullable(rs.getString("from_page")),
				Optional.ofNullable(rs.getObject("staff_id", UUID.class)).map(AccountId::new),
				Optional.ofNullable(rs.getString("staff_name")), instant(rs, "opened_at"),
				Optional.ofNullable(rs.getObject("ended_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant));
	}

	private static ChatMessage message(ResultSet rs, int row) throws SQLException {
		return new ChatMessage(rs.getLong("message_id"), new ChatId(rs.getObject("chat_id", UUID.class)),
				Speaker.valueOf(rs.getString("speaker")), rs.getString("author_name"), rs.getString("body"),
				instant(rs, "sent_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
