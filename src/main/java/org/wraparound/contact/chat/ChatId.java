package org.wraparound.contact.chat;

import java.util.Optional;
import java.util.UUID;

/** Identifies one live chat. */
public record ChatId(UUID value) {

	public static ChatId random() {
		return new ChatId(UUID.randomUUID());
	}

	/** The chat id written in {@code text}, or empty when it is not one. */
	public static Optional<ChatId> parse(String text) {
		try {
			return text == null ? Optional.empty() : Optional.of(new ChatId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
