package org.wraparound.contact;

import java.time.Instant;
import java.util.UUID;

import org.wraparound.platform.Language;

/**
 * Someone wrote to the team or asked to be called back, and it is now in the staff inbox. Carries what the mails need:
 * the person's confirmation (when they gave an email) and the staff notice, without the message itself.
 *
 * @param notice a new id for each time this happens (mails are sent once per notice)
 * @param email where to confirm, or {@code null} for a call-back request (no email asked)
 * @param language the language the person wrote in, for their confirmation
 */
public record InquiryReceived(UUID notice, InquiryId inquiry, InquiryKind kind, InquirySource source, Topic topic,
		String name, String email, Language language, Instant receivedAt) {
}
