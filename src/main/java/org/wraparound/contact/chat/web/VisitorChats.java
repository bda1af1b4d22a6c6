package org.wraparound.contact.chat.web;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.wraparound.contact.chat.Chat;
import org.wraparound.contact.chat.ChatId;
import org.wraparound.contact.chat.LiveChat;

/**
 * The chat a visitor's browser holds: kept in their session, so that a reload (or another page of the site) finds it
 * again, and nobody else can read it.
 */
final class VisitorChats {

	static final String ATTRIBUTE = "contact.chat";

	private VisitorChats() {
	}

	static Optional<Chat> current(HttpSession session, LiveChat chat) {
		if (session == null) {
			return Optional.empty();
		}
		return ChatId.parse((String) session.getAttribute(ATTRIBUTE)).flatMap(chat::find);
	}

	static void hold(HttpSession session, ChatId id) {
		session.setAttribute(ATTRIBUTE, id.toString());
	}

	static void forget(HttpSession session) {
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}
}
