package org.wraparound.contact.chat;

import java.util.Optional;

import org.wraparound.accounts.AccountId;
import org.wraparound.platform.Language;

/**
 * A visitor starts a chat with a first message.
 *
 * @param fromPage the path of the page they came from, if it is one of ours
 */
public record OpenChat(String visitorName, Optional<String> visitorEmail, Optional<AccountId> account,
		Language language, Optional<String> fromPage, String firstMessage) {
}
