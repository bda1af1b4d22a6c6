/**
 * Live chat between a visitor and the staff during office hours: chats and their messages, the waiting queue, the
 * office hours rule, delivery to open event streams on every node ({@link org.wraparound.contact.chat.ChatRelay}),
 * and the transcript a visitor can ask for by email ({@link org.wraparound.contact.chat.ChatTranscriptRequested}).
 */
@org.springframework.modulith.NamedInterface("chat")
package org.wraparound.contact.chat;
