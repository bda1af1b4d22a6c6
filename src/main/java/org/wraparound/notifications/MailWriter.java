package org.wraparound.notifications;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.wraparound.platform.Messages;

/**
 * Writes a mail in the recipient's language: a greeting by name, what happened, the link and what it does, when it
 * stops working, and who it is from.
 */
@Component
class MailWriter {

	private final MessageSource messageSource;
	private final MailSettings settings;

	MailWriter(MessageSource messageSource, MailSettings settings) {
		this.messageSource = messageSource;
		this.settings = settings;
	}

	Email write(MailRequest event) {
		var messages = new Messages(messageSource, event.language().locale());
		// A module's own mail texts may live under its own prefix (mail.offer.…); the others under notifications.
		String key = event.kind().startsWith("mail.") ? event.kind() : "notifications." + event.kind();
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(event.greetingName() == null || event.greetingName().isBlank()
				? messages.get("notifications.greeting.unnamed") : messages.get("notifications.greeting", event.greetingName()));
		paragraphs.add(messages.get(key + ".text", event.args()));
		if (event.link() != null) {
			paragraphs.add(messages.get(key + ".action") + "\n" + event.link());
			if (event.expiresAt() != null) {
				var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
					.withLocale(event.language().locale()).withZone(settings.timeZone());
				paragraphs.add(messages.get("notifications.expires", format.format(event.expiresAt()), city()));
			}
		}
		paragraphs.add(messages.get(key + ".after", event.args()));
		paragraphs.add(messages.get("notifications.signature"));
		return new Email(event.id(), event.kind(), event.to(), event.language(), messages.get(key + ".subject", event.args()),
				String.join("\n\n", paragraphs), html(paragraphs, event.link(), event.language().code()));
	}

	/** The place a time zone is named after, as people say it: {@code America/Toronto} is Toronto time. */
	private String city() {
		String id = settings.timeZone().getId();
		return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
	}

	/** The same text as simple HTML: paragraphs, and the link as a link. */
	private static String html(List<String> paragraphs, String link, String lang) {
		var html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(lang).append("\"><body>");
		for (String paragraph : paragraphs) {
			String escaped = HtmlUtils.htmlEscape(paragraph).replace("\n", "<br>\n");
			if (link != null) {
				String href = HtmlUtils.htmlEscape(link);
				escaped = escaped.replace(href, "<a href=\"" + href + "\">" + href + "</a>");
			}
			html.append("<p>").append(escaped).append("</p>\n");
		}
		return html.append("</body></html>").toString();
	}
}
