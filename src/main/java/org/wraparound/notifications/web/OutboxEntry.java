package org.wraparound.notifications.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wraparound.notifications.Mail;

/** A mail as the outbox page shows it: its body in paragraphs of lines, with links that can be clicked. */
public record OutboxEntry(Mail mail, List<List<List<Part>>> paragraphs) {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	/** Some text, or a link when {@code link} is true. */
	public record Part(String text, boolean link) {
	}

	static OutboxEntry of(Mail mail) {
		List<List<List<Part>>> paragraphs = Arrays.stream(mail.body().split("\\n\\s*\\n"))
			.map(paragraph -> Arrays.stream(paragraph.split("\\n")).map(OutboxEntry::parts).toList())
			.toList();
		return new OutboxEntry(mail, paragraphs);
	}

	private static List<Part> parts(String line) {
		List<Part> parts = new ArrayList<>();
		Matcher matcher = LINK.matcher(line);
		int at = 0;
		while (matcher.find()) {
			if (matcher.start() > at) {
				parts.add(new Part(line.substring(at, matcher.start()), false));
			}
			parts.add(new Part(matcher.group(), true));
			at = matcher.end();
		}
		if (at < line.length()) {
			parts.add(new Part(line.substring(at), false));
		}
		return parts;
	}
}
