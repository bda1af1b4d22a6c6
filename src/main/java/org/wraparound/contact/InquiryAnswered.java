package org.wraparound.contact;

import java.time.Instant;
import java.util.UUID;

import org.wraparound.platform.Language;

/**
 * A staff member replied to an inquiry from the inbox; the reply is kept in the thread and mailed to the person.
 *
 * @param notice a new id for each reply (the mail is sent once per notice)
 * @param reply the words staff wrote, as the person should receive them
 */
public record InquiryAnswered(UUID notice, InquiryId inquiry, Topic topic, String name, String email,
		Language language, String reply, String staffName, Instant answeredAt) {
}
