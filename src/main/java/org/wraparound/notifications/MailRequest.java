package org.wraparound.notifications;

import java.time.Instant;
import java.util.UUID;

import org.wraparound.platform.Language;

/**
 * One mail to write, whatever event asked for it. {@code kind} names its texts ({@code notifications.<kind>.subject},
 * {@code .text}, {@code .action}, {@code .after}; a kind with a dot, such as {@code mail.contact.reply}, is the prefix
 * itself); {@code args} fill the {@code {0}}, {@code {1}}… in its text.
 */
record MailRequest(UUID id, String kind, String to, String greetingName, Language language, String link,
		Instant expiresAt, Object... args) {
}
