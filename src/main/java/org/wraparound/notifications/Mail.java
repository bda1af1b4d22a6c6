package org.wraparound.notifications;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.wraparound.platform.Language;

/**
 * A mail as recorded: one per event, whatever became of it.
 *
 * @param id the id of the event it was written for
 * @param kind which mail this is, such as {@code VERIFY_EMAIL}
 * @param recipient the address it was written to
 * @param language the language it was written in
 * @param subject its subject line
 * @param body its plain text
 * @param status whether it went to the mail server or only to the outbox
 * @param createdAt when it was written
 * @param sentAt when the mail server took it, if it did
 */
public record Mail(UUID id, String kind, String recipient, Language language, String subject, String body,
		MailStatus status, Instant createdAt, Optional<Instant> sentAt) {
}
