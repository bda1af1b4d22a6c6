package org.wraparound.contact.chat.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.wraparound.contact.chat.ChatMessage;
import org.wraparound.contact.chat.LiveChat;
import org.wraparound.contact.chat.Speaker;
import org.wraparound.platform.Messages;

/** Turns stored lines into what a reader sees, in their language, with times in the office's zone. */
@Component
class ChatLines {

	private final MessageSource messageSource;
	private final LiveChat chat;

	ChatLines(MessageSource messageSource, LiveChat chat) {
		this.messageSource = messageSource;
		this.chat = chat;
	}

	/** A reader of one language: reads the office's zone once, then shows as many lines as needed. */
	Reader reader(Locale locale) {
		return new Reader(new Messages(messageSource, locale), chat.officeHours().zone(), locale);
	}

	/** A reader's language and the time zone it shows times in. */
	record ReaderKey(Locale locale, ZoneId zone) {
	}

	/** Shows lines to one reader. */
	static final class Reader {

		private final Messages messages;
		private final DateTimeFormatter time;
		private final ReaderKey key;

		Reader(Messages messages, ZoneId zone, Locale locale) {
			this.messages = messages;
			this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
			this.key = new ReaderKey(locale, zone);
		}

		/** What a line shown by this reader depends on besides the line: two readers with equal keys show it alike. */
		ReaderKey key() {
			return key;
		}

		ChatLine line(ChatMessage message) {
			if (message.speaker() == Speaker.SYSTEM) {
				return new ChatLine(message.id(), "note", null,
						messages.get(message.note().orElseThrow().key(), message.authorName()), time.format(message.sentAt()));
			}
			String kind = message.speaker() == Speaker.STAFF ? "staff" : "visitor";
			String who = message.speaker() == Speaker.STAFF ? messages.get("chat.line.staff", message.authorName())
					: message.authorName();
			return new ChatLine(message.id(), kind, who, message.text(), time.format(message.sentAt()));
		}

		List<ChatLine> lines(List<ChatMessage> messages) {
			return messages.stream().map(this::line).toList();
		}
	}
}
