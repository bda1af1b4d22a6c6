package org.wraparound.contact.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;

/**
 * The live chat: a visitor opens a chat during office hours, staff take it from the queue, both write, either ends
 * it, and the visitor can have the transcript mailed. Every line written is announced to every node's streams.
 */
@Service
@Transactional
public class LiveChat {

	/** The longest line anyone may write. */
	public static final int MAX_MESSAGE = 2000;

	/** The most quiet chats ended in one run; a run a minute later takes the rest. */
	private static final int QUIET_BATCH = 200;

	private final Chats chats;
	private final ChatHours hours;
	private final ChatRelay relay;
	private final Transcripts transcripts;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	LiveChat(Chats chats, ChatHours hours, ChatRelay relay, Transcripts transcripts, ApplicationEventPublisher events,
			Clock clock) {
		this.chats = chats;
		this.hours = hours;
		this.relay = relay;
		this.transcripts = transcripts;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ChatSchedule schedule() {
		return hours.schedule();
	}

	/** The hours as they apply now, holidays included. */
	@Transactional(readOnly = true)
	public OfficeHours officeHours() {
		return hours.schedule().rule();
	}

	public void changeSchedule(ChatSchedule schedule) {
		hours.save(schedule);
	}

	/** Opens a chat with its first line, if someone is there to answer now. */
	public Optional<ChatId> open(OpenChat command) {
		if (!officeHours().isOpen(clock.instant())) {
			return Optional.empty();
		}
		var id = ChatId.random();
		chats.insert(id, command, clock.instant());
		write(id, Speaker.VISITOR, command.visitorName(), command.firstMessage());
		return Optional.of(id);
	}

	/** The visitor writes a line; false when the chat is over. */
	public boolean sendAsVisitor(ChatId id, String text) {
		return chats.find(id).filter(Chat::isOpen)
			.map(chat -> say(chat, Speaker.VISITOR, chat.visitorName(), text)).isPresent();
	}

	/**
	 * The staff member answering the chat writes a line, under the name they took it with; empty when it is not
	 * theirs or is over, otherwise the chat as it stands.
	 */
	public Optional<Chat> sendAsStaff(ChatId id, AccountId staff, String text) {
		return chats.find(id).filter(Chat::isOpen).filter(chat -> chat.answeredBy(staff))
			.map(chat -> {
				say(chat, Speaker.STAFF, chat.staffName().orElse(""), text);
				return chat;
			});
	}

	/** A staff member takes a waiting chat; false when another took it first or it is over. */
	public boolean claim(ChatId id, AccountId staff, String staffName) {
		if (!chats.claim(id, staff, staffName, clock.instant())) {
			return false;
		}
		write(id, Speaker.SYSTEM, staffName, SystemNote.JOINED.name());
		return true;
	}

	public boolean endByVisitor(ChatId id) {
		return chats.find(id).filter(chat -> chats.end(id, clock.instant()))
			.map(chat -> write(id, Speaker.SYSTEM, chat.visitorName(), SystemNote.ENDED_BY_VISITOR.name())).isPresent();
	}

	/** Staff end a chat: the one answering it, or any staff member while it still waits. */
	public boolean endByStaff(ChatId id, AccountId staff, String staffName) {
		return chats.find(id).filter(chat -> chat.staff().isEmpty() || chat.answeredBy(staff))
			.filter(chat -> chats.end(id, clock.instant()))
			.map(chat -> write(id, Speaker.SYSTEM, staffName, SystemNote.ENDED_BY_STAFF.name())).isPresent();
	}

	/**
	 * Ends the open chats in which nobody has written for {@code quiet} (the visitor has most likely closed the page
	 * without ending it), so that they leave the staff's queue; how many. Each says so in a note of its own.
	 */
	public int endQuiet(Duration quiet) {
		Instant now = clock.instant();
		int ended = 0;
		for (ChatId id : chats.quietSince(now.minus(quiet), QUIET_BATCH)) {
			if (chats.end(id, now)) {
				write(id, Speaker.SYSTEM, "", SystemNote.ENDED_QUIET.name());
				ended++;
			}
		}
		return ended;
	}

	/** Mails the chat so far to {@code email}; false when there is no such chat. */
	public boolean requestTranscript(ChatId id, String email) {
		return chats.find(id).map(chat -> {
			events.publishEvent(new ChatTranscriptRequested(UUID.randomUUID(), id, email, chat.visitorName(),
					chat.language(), transcripts.of(chat, chats.messagesAfter(id, 0), hours.schedule().hours().zone())));
			return chat;
		}).isPresent();
	}

	@Transactional(readOnly = true)
	public Optional<Chat> find(ChatId id) {
		return chats.find(id);
	}

	/** Every line of a chat, oldest first. */
	@Transactional(readOnly = true)
	public List<ChatMessage> history(ChatId id) {
		return chats.messagesAfter(id, 0);
	}

	/** The lines of a chat written after line {@code after}, oldest first. */
	@Transactional(readOnly = true)
	public List<ChatMessage> messagesAfter(ChatId id, long after) {
		return chats.messagesAfter(id, after);
	}

	@Transactional(readOnly = true)
	public List<Chat> waiting() {
		return chats.withStatus(ChatStatus.WAITING);
	}

	@Transactional(readOnly = true)
	public List<Chat> answeredBy(AccountId staff) {
		return chats.answeredBy(staff);
	}

	/** Lines of any chat written after line {@code after}, with their chats, oldest first (at most 500). */
	@Transactional(readOnly = true)
	public List<ChatUpdate> updatesAfter(long after) {
		return chats.updatesAfter(after, 500);
	}

	/** The newest line's id, anywhere (0 when none). */
	@Transactional(readOnly = true)
	public long lastMessageId() {
		return chats.lastMessageId();
	}

	/** Writes a line that changes the chat itself (a note): every node reads it back, chat and all, once committed. */
	private long write(ChatId id, Speaker speaker, String author, String text) {
		long line = chats.append(id, speaker, author, text, clock.instant());
		relay.announce(line);
		return line;
	}

	/**
	 * Writes what someone said, which leaves the chat as it was: the line goes out with the chat already read, so that
	 * a node that wrote it need not read it back.
	 */
	private long say(Chat chat, Speaker speaker, String author, String text) {
		Instant now = clock.instant();
		long line = chats.append(chat.id(), speaker, author, text, now);
		relay.announce(new ChatUpdate(new ChatMessage(line, chat.id(), speaker, author, text, now), chat));
		return line;
	}
}
