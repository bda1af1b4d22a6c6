package org.wraparound.contact.chat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.wraparound.platform.Messages;

/** Writes a chat out as plain text in the visitor's language: the date, then one line per message with its time. */
@Component
class Transcripts {

	private final MessageSource messageSource;

	Transcripts(MessageSource messageSource) {
		this.messageSource = messageSource;
	}

	String of(Chat chat, List<ChatMessage> lines, ZoneId zone) {
		var messages = new Messages(messageSource, chat.language().locale());
		var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(chat.language().locale()).withZone(zone);
		var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(chat.language().locale()).withZone(zone);
		var text = new StringBuilder(messages.get("chat.transcript.heading", date.format(chat.openedAt()), city(zone)));
		for (ChatMessage line : lines) {
			text.append("\n[").append(time.format(line.sentAt())).append("] ");
			if (line.note().isPresent()) {
				text.append(messages.get(line.note().orElseThrow().key(), line.authorName()));
			}
			else {
				text.append(line.authorName()).append(": ").append(line.text());
			}
		}
		return text.toString();
	}

	/** The place a zone is named after, as people say it: {@code America/Toronto} is Toronto time. */
	static String city(ZoneId zone) {
		String id = zone.getId();
		return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
	}
}
