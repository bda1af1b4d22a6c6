package org.wraparound.contact;

import java.util.Locale;

/** Where a message was written: the contact form itself, or the chat's "leave a message" when the chat is closed. */
public enum InquirySource {
	FORM, CHAT;

	/** {@code chat} (any case) for the chat, anything else the form. */
	public static InquirySource of(String text) {
		return text != null && "chat".equals(text.strip().toLowerCase(Locale.ROOT)) ? CHAT : FORM;
	}
}
