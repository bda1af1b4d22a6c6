package org.wraparound.impact;

import java.util.UUID;

import org.wraparound.platform.Language;

/**
 * A caregiver's evaluation check-in is due: the mail to send them, with the single-use link to answer it. Carries all
 * the mail needs, so that notifications asks nothing back.
 *
 * @param notice the check-in's id (one mail per check-in)
 */
public record CheckInDue(UUID notice, String email, String name, Language language, String link,
		String community) {
}
