package org.wraparound.notifications;

import java.util.UUID;

import org.wraparound.platform.Language;

/** A mail written and ready to go: plain text, and the same in simple HTML. */
record Email(UUID id, String kind, String to, Language language, String subject, String text, String html) {
}
