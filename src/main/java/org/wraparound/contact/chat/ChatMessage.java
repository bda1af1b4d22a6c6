package org.wraparound.contact.chat;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of a chat. Ids grow with every line on every node, so a reader that saw line {@code n} has seen every
 * line of its chat up to {@code n}.
 *
 * @param text what was said; for a {@link Speaker#SYSTEM} line, the name of its {@link SystemNote}
 */
public record ChatMessage(long id, ChatId chat, Speaker speaker, String authorName, String text, Instant sentAt) {

	/** The note this line stands for, when the chat itself said it. */
	public Optional<SystemNote> note() {
		if (speaker != Speaker.SYSTEM) {
			return Optional.empty();
		}
		return Optional.of(SystemNote.valueOf(text));
	}
}
