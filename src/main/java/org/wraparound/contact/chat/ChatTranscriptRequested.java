package org.wraparound.contact.chat;

import java.util.UUID;

import org.wraparound.platform.Language;

/**
 * A visitor asked for the transcript of their chat by email. It carries the whole text, so that the mail needs
 * nothing else.
 *
 * @param notice identifies this request (one mail per request)
 * @param transcript the chat, one line per message, times in the office's time zone
 */
public record ChatTranscriptRequested(UUID notice, ChatId chat, String email, String visitorName, Language language,
		String transcript) {
}
