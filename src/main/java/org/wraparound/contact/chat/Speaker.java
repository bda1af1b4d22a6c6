package org.wraparound.contact.chat;

/** Who said a line of a chat: the visitor, a staff member, or the chat itself (opened, joined, ended). */
public enum Speaker {
	VISITOR, STAFF, SYSTEM
}
