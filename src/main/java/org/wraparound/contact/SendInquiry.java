package org.wraparound.contact;

import java.util.Optional;

import org.wraparound.accounts.AccountId;
import org.wraparound.platform.Language;

/**
 * A message for the team, already checked: who wrote (and their account when signed in), about what, and in which
 * language to answer.
 */
public record SendInquiry(String name, String email, Topic topic, String message, Language language,
		InquirySource source, Optional<AccountId> account) {
}
