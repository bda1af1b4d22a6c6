package org.wraparound.contact.chat.web;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.wraparound.accounts.AccountId;
import org.wraparound.contact.chat.ChatId;
import org.wraparound.contact.chat.ChatStatus;
import org.wraparound.contact.chat.ChatStreams;
import org.wraparound.contact.chat.ChatUpdate;
import org.wraparound.contact.chat.LiveChat;
import org.wraparound.contact.chat.SystemNote;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Opens event streams (server-sent events) for the chat pages: a comment at once so the browser has its headers,
 * the lines it missed since the page was drawn, then each new line as HTML for htmx to add, and a comment every
 * 20 seconds so that a closed connection is noticed and let go.
 */
@Component
class ChatEventStreams implements DisposableBean {

	/** The event that tells a visitor's page that the chat is over (the page then shows what comes next). */
	static final String ENDED = "ended";

	/** The event that tells the staff console to draw the queue again. */
	static final String QUEUE = "queue";

	private static final long HEARTBEAT_SECONDS = 20;

	private static final int RENDERED_KEPT = 1000;

	private final ChatStreams streams;
	private final LiveChat chat;
	private final ChatLines lines;
	private final TemplateEngine templates;
	private final Set<Stream> open = ConcurrentHashMap.newKeySet();
	/** Each line as HTML, once per language (and time zone) rather than once per stream that shows it. */
	private final Map<Rendering, String> rendered = new ConcurrentHashMap<>();
	private final AtomicLong streamsOpened = new AtomicLong();
	private long beats;
	private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
		var thread = new Thread(task, "chat-heartbeat");
		thread.setDaemon(true);
		return thread;
	});

	ChatEventStreams(ChatStreams streams, LiveChat chat, ChatLines lines, TemplateEngine templates) {
		this.streams = streams;
		this.chat = chat;
		this.lines = lines;
		this.templates = templates;
		heartbeat.scheduleWithFixedDelay(this::beat, 1, 1, TimeUnit.SECONDS);
	}

	/** The stream of a visitor's own chat, from the line after {@code after}. */
	SseEmitter visitor(ChatId id, Locale locale, long after) {
		var reader = lines.reader(locale);
		var stream = new Stream(after, update -> {
			var events = new java.util.ArrayList<SseEmitter.SseEventBuilder>();
			events.add(line(update, "message", reader));
			if (update.message().note().filter(note -> note != SystemNote.JOINED).isPresent()) {
				events.add(SseEmitter.event().name(ENDED).data("ended"));
			}
			return events;
		});
		return stream.start(() -> streams.watch(id, stream::receive),
				() -> chat.find(id).map(current -> chat.messagesAfter(id, after).stream()
					.map(message -> new ChatUpdate(message, current)).toList()).orElse(List.of()));
	}

	/** The staff console's stream: lines of the chats {@code me} answers, and a word when the queue changes. */
	SseEmitter staff(AccountId me, Locale locale, long after) {
		var reader = lines.reader(locale);
		var stream = new Stream(after, update -> {
			var events = new java.util.ArrayList<SseEmitter.SseEventBuilder>();
			if (update.chat().answeredBy(me)) {
				events.add(line(update, "chat-" + update.chat().id(), reader));
			}
			if (update.chat().status() == ChatStatus.WAITING || update.message().note().isPresent()) {
				events.add(SseEmitter.event().name(QUEUE).data("changed"));
			}
			return events;
		});
		return stream.start(() -> streams.watchAll(stream::receive), () -> chat.updatesAfter(after));
	}

	/** How many streams are open through this node's pages. */
	int openStreams() {
		return open.size();
	}

	private SseEmitter.SseEventBuilder line(ChatUpdate update, String name, ChatLines.Reader reader) {
		String html = rendered.computeIfAbsent(new Rendering(update.message().id(), reader.key()), key -> {
			var output = new StringOutput();
			templates.render("contact/chat/line.jte", Map.of("line", reader.line(update.message())), output);
			return oneLine(output.toString());
		});
		if (rendered.size() > RENDERED_KEPT) {
			forgetOlderThan(update.message().id());
		}
		return SseEmitter.event().id(String.valueOf(update.message().id())).name(name).data(html);
	}

	/** Keeps the lines of the last moments only: a line goes out to its readers within a moment of being written. */
	private void forgetOlderThan(long newest) {
		rendered.keySet().removeIf(key -> key.messageId() < newest - RENDERED_KEPT / 2);
	}

	/**
	 * HTML on one line: an event's data ends at a line break, so breaks (in the markup and in what people typed)
	 * are written as character references, which HTML reads back as the same breaks.
	 */
	static String oneLine(String html) {
		return html.replace("\r", "&#13;").replace("\n", "&#10;");
	}

	/**
	 * Each stream gets its comment every {@value #HEARTBEAT_SECONDS} seconds, a slice of the streams each second:
	 * thousands of writes at once would hold up the lines written meanwhile.
	 */
	private void beat() {
		int slice = (int) (beats++ % HEARTBEAT_SECONDS);
		for (Stream stream : open) {
			if (stream.slice == slice) {
				stream.comment("");
			}
		}
	}

	/** One line drawn for one kind of reader. */
	private record Rendering(long messageId, ChatLines.ReaderKey reader) {
	}

	@Override
	public void destroy() {
		heartbeat.shutdownNow();
		open.forEach(stream -> stream.emitter.complete());
	}

	/**
	 * One open stream: the lines it missed first, then each new line as it comes (in the order lines were committed,
	 * which may differ from the order of their ids), each once.
	 */
	private final class Stream {

		private final SseEmitter emitter = new SseEmitter();
		private final int slice = (int) (streamsOpened.getAndIncrement() % HEARTBEAT_SECONDS);
		private final Function<ChatUpdate, List<SseEmitter.SseEventBuilder>> events;
		private final long after;
		private final Set<Long> replayed = new HashSet<>();
		private ChatStreams.Subscription subscription;

		Stream(long after, Function<ChatUpdate, List<SseEmitter.SseEventBuilder>> events) {
			this.after = after;
			this.events = events;
		}

		SseEmitter start(Supplier<ChatStreams.Subscription> subscribe, Supplier<List<ChatUpdate>> missed) {
			emitter.onCompletion(this::close);
			emitter.onTimeout(this::close);
			emitter.onError(error -> close());
			open.add(this);
			// Subscribed before reading what was missed, and holding the lock meanwhile: a line written in between is
			// either in the replay or waits for it, and is sent once.
			synchronized (this) {
				subscription = subscribe.get();
				if (!comment("open")) {
					return emitter;
				}
				for (ChatUpdate update : missed.get()) {
					if (!send(update)) {
						break;
					}
					replayed.add(update.message().id());
				}
			}
			return emitter;
		}

		synchronized boolean receive(ChatUpdate update) {
			long id = update.message().id();
			if (id <= after || replayed.contains(id)) {
				return true;
			}
			return send(update);
		}

		private boolean send(ChatUpdate update) {
			try {
				for (SseEmitter.SseEventBuilder event : events.apply(update)) {
					emitter.send(event);
				}
				return true;
			}
			catch (IOException | IllegalStateException gone) {
				close();
				return false;
			}
		}

		synchronized boolean comment(String text) {
			try {
				emitter.send(SseEmitter.event().comment(text));
				return true;
			}
			catch (IOException | IllegalStateException gone) {
				close();
				return false;
			}
		}

		private void close() {
			open.remove(this);
			if (subscription != null) {
				subscription.close();
			}
		}
	}
}
