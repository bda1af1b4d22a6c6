package org.wraparound.contact.chat;

import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The chat streams open on this node: a visitor's on their own chat, and staff's on every chat. The relay hands it
 * each new line; it reads the line once and gives it to whoever watches that chat, in order, each reader on its own
 * so that a slow connection holds up nobody else.
 */
public class ChatStreams {

	/** Someone reading a stream: told of each new line; answers false once the stream is gone. */
	@FunctionalInterface
	public interface Reader {

		boolean receive(ChatUpdate update);
	}

	/** A reader's place among the streams, given up when the stream closes. */
	public interface Subscription extends AutoCloseable {

		@Override
		void close();
	}

	private final Chats chats;
	private final Executor executor;
	private final Map<ChatId, Set<Mailbox>> byChat = new ConcurrentHashMap<>();
	private final Set<Mailbox> staff = ConcurrentHashMap.newKeySet();
	/** The chats still open as their last note here left them (claimed, say), for lines written just before it. */
	private final Map<ChatId, Chat> moved = new ConcurrentHashMap<>();

	ChatStreams(Chats chats, Executor executor) {
		this.chats = chats;
		this.executor = executor;
	}

	/** Follows one chat, as its visitor does. */
	public Subscription watch(ChatId chat, Reader reader) {
		var mailbox = new Mailbox(reader);
		byChat.computeIfAbsent(chat, id -> ConcurrentHashMap.newKeySet()).add(mailbox);
		mailbox.onClose = () -> byChat.computeIfPresent(chat, (id, set) -> {
			set.remove(mailbox);
			return set.isEmpty() ? null : set;
		});
		return mailbox::close;
	}

	/** Follows every chat, as staff do. */
	public Subscription watchAll(Reader reader) {
		var mailbox = new Mailbox(reader);
		staff.add(mailbox);
		mailbox.onClose = () -> staff.remove(mailbox);
		return mailbox::close;
	}

	/** How many streams are open on this node. */
	public int open() {
		return staff.size() + byChat.values().stream().mapToInt(Set::size).sum();
	}

	/** Reads line {@code messageId} and gives it to everyone following its chat here. */
	public void dispatch(long messageId) {
		chats.update(messageId).ifPresent(this::deliver);
	}

	/**
	 * Gives a line, with its chat as its writer read it, to everyone following that chat here. Lines come in the order
	 * they were committed; a chat only moves forward (waiting, answered, over), and each move comes with a note read
	 * back from the database. So a line whose writer read its chat before a move committed goes out with the chat as
	 * the last note left it, as it would have been read after the commit.
	 */
	void deliver(ChatUpdate written) {
		ChatUpdate update = current(written);
		byChat.getOrDefault(update.chat().id(), Set.of()).forEach(mailbox -> mailbox.post(update));
		staff.forEach(mailbox -> mailbox.post(update));
	}

	private ChatUpdate current(ChatUpdate update) {
		Chat chat = update.chat();
		if (update.message().note().isPresent()) {
			if (chat.isOpen()) {
				moved.put(chat.id(), chat);
			}
			else {
				moved.remove(chat.id());
			}
			return update;
		}
		Chat known = moved.get(chat.id());
		if (known != null && known.status().ordinal() > chat.status().ordinal()) {
			return new ChatUpdate(update.message(), known);
		}
		return update;
	}

	/** One reader's lines, handed over one at a time in the order they came. */
	private final class Mailbox {

		private final Reader reader;
		private final Queue<ChatUpdate> pending = new ConcurrentLinkedQueue<>();
		private final AtomicBoolean draining = new AtomicBoolean();
		private volatile boolean closed;
		private volatile Runnable onClose = () -> {
		};

		Mailbox(Reader reader) {
			this.reader = reader;
		}

		void post(ChatUpdate update) {
			if (closed) {
				return;
			}
			pending.add(update);
			if (draining.compareAndSet(false, true)) {
				executor.execute(this::drain);
			}
		}

		private void drain() {
			do {
				ChatUpdate next;
				while (!closed && (next = pending.poll()) != null) {
					if (!reader.receive(next)) {
						close();
					}
				}
				draining.set(false);
			}
			// a line posted between the last poll and the flag going down is drained here, not left behind
			while (!closed && !pending.isEmpty() && draining.compareAndSet(false, true));
		}

		void close() {
			closed = true;
			pending.clear();
			onClose.run();
		}
	}
}
