package org.wraparound.notifications;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountEmailRequested;

/**
 * Sends the mails accounts ask for, once each. The event publication registry keeps the event until this listener
 * succeeds, so a failed send is tried again; the record by event id makes a second delivery do nothing.
 */
@Component
class AccountMails {

	private static final Logger log = LoggerFactory.getLogger(AccountMails.class);

	static final String LINK_REMOVED = "[link sent by email, not kept]";

	private final AccountMailWriter writer;
	private final Mailer mailer;
	private final Mails mails;
	private final Clock clock;

	AccountMails(AccountMailWriter writer, Mailer mailer, Mails mails, Clock clock) {
		this.writer = writer;
		this.mailer = mailer;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * What is kept of a mail that really went out: everything but its link, which works as a key to the account
	 * and so must live only in the recipient's mailbox. On the dev outbox (no SMTP) the link is the only way the
	 * developer receives it, so it is kept there.
	 */
	private static Email kept(Email email, AccountEmailRequested event, MailStatus status) {
		if (status != MailStatus.SENT || event.link() == null || event.link().isEmpty()) {
			return email;
		}
		return new Email(email.id(), email.kind(), email.to(), email.language(), email.subject(),
				email.text().replace(event.link(), LINK_REMOVED), email.html().replace(event.link(), LINK_REMOVED));
	}

	@ApplicationModuleListener
	void on(AccountEmailRequested event) {
		if (mails.exists(event.id())) {
			log.info("Mail {} was already sent, not sending it again", event.id());
			return;
		}
		var email = writer.write(event);
		var written = clock.instant();
		// Send first, then record: if sending fails, nothing is recorded and the event is tried again.
		MailStatus status = mailer.deliver(email);
		mails.record(kept(email, event, status), status, written, status == MailStatus.SENT ? clock.instant() : null);
	}
}
