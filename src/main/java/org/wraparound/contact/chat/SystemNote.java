package org.wraparound.contact.chat;

/**
 * What the chat itself says, stored as the text of a {@link Speaker#SYSTEM} line and shown in each reader's language
 * as {@code chat.note.<name>}.
 */
public enum SystemNote {
	/** A staff member took the chat; the line's author is the staff member. */
	JOINED,
	/** The visitor ended the chat. */
	ENDED_BY_VISITOR,
	/** A staff member ended the chat; the line's author is the staff member. */
	ENDED_BY_STAFF,
	/** Nobody wrote for a long while (the visitor had most likely left), so the chat closed by itself. */
	ENDED_QUIET;

	/** The message key of the note. */
	public String key() {
		return "chat.note." + name();
	}
}
