package org.wraparound.contact.chat.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.wraparound.contact.chat.Chat;
import org.wraparound.contact.chat.ChatMessage;
import org.wraparound.contact.chat.LiveChat;

/** Draws the visitor's chat page in each of its states: closed, ready to start, under way, over. */
@Component
class VisitorPages {

	static final String VIEW = "contact/chat/visitor";

	private final LiveChat chat;
	private final ChatLines lines;
	private final NextOpening opening;

	VisitorPages(LiveChat chat, ChatLines lines, NextOpening opening) {
		this.chat = chat;
		this.lines = lines;
		this.opening = opening;
	}

	/** The form to start a chat, or, outside office hours, when it opens next and where to write instead. */
	String start(Model model, OpenChatForm form, Locale locale) {
		boolean open = opening.open();
		model.addAttribute("state", open ? "start" : "closed");
		model.addAttribute("form", form);
		model.addAttribute("hours", opening.hours(locale));
		model.addAttribute("nextOpening", open ? "" : opening.describe(locale));
		model.addAttribute("chat", null);
		model.addAttribute("lines", List.of());
		model.addAttribute("lastId", 0L);
		return VIEW;
	}

	String conversation(Model model, Chat current, Locale locale) {
		return conversation(model, current, locale, MessageForm.empty());
	}

	String conversation(Model model, Chat current, Locale locale, MessageForm message) {
		List<ChatMessage> history = chat.history(current.id());
		model.addAttribute("state", current.isOpen() ? "talking" : "ended");
		model.addAttribute("chat", current);
		model.addAttribute("lines", lines.reader(locale).lines(history));
		model.addAttribute("lastId", history.isEmpty() ? 0L : history.get(history.size() - 1).id());
		model.addAttribute("message", message);
		if (!model.containsAttribute("transcript")) {
			model.addAttribute("transcript", new TranscriptForm(current.visitorEmail().orElse("")));
		}
		model.addAttribute("hours", opening.hours(locale));
		return VIEW;
	}

	String messageForm(Model model, String action, MessageForm form, Errors errors) {
		model.addAttribute("action", action);
		model.addAttribute("message", form);
		model.addAttribute("messageErrors", errors.hasErrors() ? errors : null);
		return "contact/chat/message-form";
	}
}
