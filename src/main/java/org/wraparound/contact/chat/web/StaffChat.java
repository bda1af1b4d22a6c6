package org.wraparound.contact.chat.web;

import java.util.List;

import org.wraparound.contact.chat.Chat;

/** A chat a staff member answers, with its lines so far, as the console shows it. */
public record StaffChat(Chat chat, List<ChatLine> lines) {
}
