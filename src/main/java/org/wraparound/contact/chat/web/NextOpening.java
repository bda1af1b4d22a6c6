package org.wraparound.contact.chat.web;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.wraparound.contact.chat.LiveChat;
import org.wraparound.contact.chat.OfficeHours;
import org.wraparound.platform.Messages;

/** Says, in the reader's language, when the chat opens next and in which time zone. */
@Component
class NextOpening {

	private final LiveChat chat;
	private final MessageSource messageSource;
	private final Clock clock;

	NextOpening(LiveChat chat, MessageSource messageSource, Clock clock) {
		this.chat = chat;
		this.messageSource = messageSource;
		this.clock = clock;
	}

	/** Whether someone is there to answer now. */
	boolean open() {
		return chat.officeHours().isOpen(clock.instant());
	}

	/** The day and time the chat opens again and the zone they are in (or that no day is set), as a sentence. */
	String describe(Locale locale) {
		OfficeHours hours = chat.officeHours();
		var messages = new Messages(messageSource, locale);
		return hours.nextOpening(clock.instant()).map(next -> messages.get("chat.closed.next", day(next, locale),
				DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(next), city(hours)))
			.orElseGet(() -> messages.get("chat.closed.unknown"));
	}

	/** The office hours in words: the opening and closing times and the zone they are in. */
	String hours(Locale locale) {
		OfficeHours hours = chat.officeHours();
		var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
		return new Messages(messageSource, locale).get("chat.hours.times", time.format(hours.opens()),
				time.format(hours.closes()), city(hours));
	}

	private static String day(ZonedDateTime next, Locale locale) {
		return DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(next);
	}

	private static String city(OfficeHours hours) {
		String id = hours.zone().getId();
		return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
	}
}
