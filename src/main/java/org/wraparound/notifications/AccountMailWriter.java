package org.wraparound.notifications;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.wraparound.accounts.AccountEmailRequested;
import org.wraparound.platform.Messages;

/**
 * Writes the mail an account event asks for, in the person's language: a greeting by name, what happened, the
 * link and what it does, when it stops working, and who it is from.
 */
@Component
class AccountMailWriter {

	private final MessageSource messageSource;
	private final MailSettings settings;

	AccountMailWriter(MessageSource messageSource, MailSettings settings) {
		this.messageSource = messageSource;
		this.settings = settings;
	}

	Email write(AccountEmailRequested event) {
		var messages = new Messages(messageSource, event.language().locale());
		String key = "notifications." + event.kind().name();
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(messages.get("notifications.greeting", event.displayName()));
		paragraphs.add(messages.get(key + ".text"));
		if (event.link() != null) {
			paragraphs.add(messages.get(key + ".action") + "\n" + event.link());
			if (event.expiresAt() != null) {
				var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
					.withLocale(event.language().locale()).withZone(settings.timeZone());
				paragraphs.add(messages.get("notifications.expires", format.format(event.expiresAt()), city()));
			}
		}
		paragraphs.add(messages.get(key + ".after"));
		paragraphs.add(messages.get("notifications.signature"));
		return new Email(event.id(), event.kind().name(), event.to(), event.language(), messages.get(key + ".subject"),
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
