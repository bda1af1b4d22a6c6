package org.wraparound.contact;

import java.util.Optional;

import org.wraparound.accounts.AccountId;
import org.wraparound.platform.Language;

/**
 * A request to be called back, already checked.
 *
 * @param callLanguage the language to speak on the phone
 * @param language the language of the page it was sent from
 */
public record RequestCallback(String name, String phone, BestTime bestTime, Topic topic, Language callLanguage,
		Language language, Optional<AccountId> account) {
}
