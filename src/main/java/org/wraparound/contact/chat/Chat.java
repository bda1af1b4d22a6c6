package org.wraparound.contact.chat;

import java.time.Instant;
import java.util.Optional;

import org.wraparound.accounts.AccountId;
import org.wraparound.platform.Language;

/**
 * One live chat as staff and the visitor see it.
 *
 * @param fromPage the path of the page the visitor opened the chat from, when known
 * @param staff the staff member who took the chat, once one has
 */
public record Chat(ChatId id, ChatStatus status, String visitorName, Optional<String> visitorEmail,
		Optional<AccountId> account, Language language, Optional<String> fromPage, Optional<AccountId> staff,
		Optional<String> staffName, Instant openedAt, Optional<Instant> endedAt) {

	public boolean isOpen() {
		return status != ChatStatus.ENDED;
	}

	/** Whether {@code member} is the staff member answering this chat. */
	public boolean answeredBy(AccountId member) {
		return staff.filter(member::equals).isPresent();
	}
}
