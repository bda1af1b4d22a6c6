package org.wraparound.contact.chat.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.wraparound.contact.chat.LiveChat;

/** One line of a chat, as typed. Any text is welcome; it is shown escaped, never as markup. */
public record MessageForm(@NotBlank(message = "{chat.form.message.required}")
		@Size(max = LiveChat.MAX_MESSAGE, message = "{chat.form.message.size}") String message) {

	public MessageForm {
		message = ChatText.clean(message);
	}

	static MessageForm empty() {
		return new MessageForm("");
	}
}
