package org.wraparound.contact.web;

import java.util.Optional;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.wraparound.accounts.AccountId;
import org.wraparound.contact.InquirySource;
import org.wraparound.contact.SendInquiry;
import org.wraparound.contact.Topic;
import org.wraparound.platform.Language;

/**
 * The contact form. {@code website} is a honeypot (hidden from people, filled in by robots); {@code stamp} is the
 * signed time the form was shown; {@code from} is {@code chat} when the chat sent the person here.
 */
public record ContactForm(
		@NotBlank(message = "{contact.form.name.required}") @Size(max = 100, message = "{contact.form.name.size}")
		@Pattern(regexp = LINE, message = "{contact.form.name.invalid}") String name,
		@NotBlank(message = "{contact.form.email.required}") @Size(max = 254, message = "{contact.form.email.size}")
		@Email(message = "{contact.form.email.invalid}") String email,
		@NotBlank(message = "{contact.form.topic.required}")
		@Pattern(regexp = TOPICS, message = "{contact.form.topic.required}") String topic,
		@NotBlank(message = "{contact.form.message.required}")
		@Size(max = 5000, message = "{contact.form.message.size}")
		@Pattern(regexp = LINES, message = "{contact.form.message.invalid}") String message,
		String from, String website, String stamp) {

	/** One line, no control characters and no angle brackets. */
	static final String LINE = "[^\\p{Cc}<>]*";

	/** Several lines: line breaks and tabs allowed, no other control characters. */
	static final String LINES = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

	static final String TOPICS = "GENERAL|START_COMMUNITY|VOLUNTEERING|GETTING_HELP|STORIES|TECHNICAL|PRESS|OTHER";

	public ContactForm {
		name = name == null ? "" : name.strip();
		email = email == null ? "" : email.strip();
		topic = topic == null ? "" : topic;
		message = message == null ? "" : message.strip();
		from = InquirySource.of(from) == InquirySource.CHAT ? "chat" : "";
	}

	/** An empty form, with the topic from a link and the name and email of a signed-in person. */
	static ContactForm empty(String topic, String from, String name, String email, String stamp) {
		return new ContactForm(name, email, Topic.parse(topic).map(Topic::name).orElse(""), "", from, "", stamp);
	}

	/** The same form with another stamp. */
	ContactForm stamped(String newStamp) {
		return new ContactForm(name, email, topic, message, from, "", newStamp);
	}

	/** Whether a robot filled in the field people never see. */
	boolean isSpam() {
		return website != null && !website.isEmpty();
	}

	public boolean fromChat() {
		return "chat".equals(from);
	}

	SendInquiry toCommand(Language language, Optional<AccountId> account) {
		return new SendInquiry(name, email, Topic.valueOf(topic), message, language, InquirySource.of(from), account);
	}
}
