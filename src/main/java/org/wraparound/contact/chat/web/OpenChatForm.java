package org.wraparound.contact.chat.web;

import java.util.Optional;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.wraparound.accounts.AccountId;
import org.wraparound.contact.chat.LiveChat;
import org.wraparound.contact.chat.OpenChat;
import org.wraparound.platform.Language;

/**
 * Starting a chat: a name to be called by, an email address for the transcript (optional) and the first message.
 * {@code from} is the page the visitor came from, kept only when it is a path on this site.
 */
public record OpenChatForm(
		@NotBlank(message = "{chat.form.name.required}") @Size(max = 100, message = "{chat.form.name.size}")
		@Pattern(regexp = "[^\\p{Cc}<>]*", message = "{chat.form.name.markup}") String name,
		@Size(max = 254, message = "{chat.form.email.invalid}") @Email(message = "{chat.form.email.invalid}") String email,
		@NotBlank(message = "{chat.form.message.required}")
		@Size(max = LiveChat.MAX_MESSAGE, message = "{chat.form.message.size}") String message,
		String from) {

	public OpenChatForm {
		name = name == null ? "" : name.strip();
		email = email == null ? "" : email.strip();
		message = ChatText.clean(message);
		from = FromPage.of(from).orElse("");
	}

	static OpenChatForm empty(String name, String from) {
		return new OpenChatForm(name, "", "", from);
	}

	OpenChat toCommand(Optional<AccountId> account, Language language) {
		return new OpenChat(name, email.isEmpty() ? Optional.empty() : Optional.of(email), account, language,
				FromPage.of(from), message);
	}
}
