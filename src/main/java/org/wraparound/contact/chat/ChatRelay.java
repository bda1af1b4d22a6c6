package org.wraparound.contact.chat;

/**
 * Tells every node that a line of a chat was written, so that each can pass it to the streams open on it. Only the
 * line's id travels; each node reads the line from the database. In memory on a single node (the embedded
 * database), over PostgreSQL {@code LISTEN/NOTIFY} when the database is PostgreSQL.
 */
public interface ChatRelay {

	/** Announces line {@code messageId} once the current transaction commits (at once when there is none). */
	void announce(long messageId);

	/**
	 * Announces a line whose chat the writer has just read ({@code update}) once the current transaction commits. A
	 * relay that delivers on this node alone may hand it on as it is, without reading it back; by default only its id
	 * travels.
	 */
	default void announce(ChatUpdate update) {
		announce(update.message().id());
	}
}
