package org.wraparound.notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountEmailRequested;

/** Sends the mails accounts ask for: links to confirm an address, sign in, reset a password, and notices. */
@Component
class AccountMails {

	private final MailDelivery delivery;

	AccountMails(MailDelivery delivery) {
		this.delivery = delivery;
	}

	@ApplicationModuleListener
	void on(AccountEmailRequested event) {
		delivery.deliver(new MailRequest(event.id(), event.kind().name(), event.to(), event.displayName(),
				event.language(), event.link(), event.expiresAt()));
	}
}
