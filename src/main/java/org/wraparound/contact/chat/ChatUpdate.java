package org.wraparound.contact.chat;

/** A new line of a chat, with the chat as it stands once the line was written: what an open stream is sent. */
public record ChatUpdate(ChatMessage message, Chat chat) {
}
