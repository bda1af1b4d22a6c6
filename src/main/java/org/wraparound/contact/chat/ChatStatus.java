package org.wraparound.contact.chat;

/** Where a chat stands: waiting for a staff member, being answered by one, or over. */
public enum ChatStatus {
	WAITING, ACTIVE, ENDED
}
