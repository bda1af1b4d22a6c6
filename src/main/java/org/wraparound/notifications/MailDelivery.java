package org.wraparound.notifications;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes, sends and records one mail, once. The event publication registry keeps the event until the listener
 * succeeds, so a failed send is tried again; the record by event id makes a second delivery do nothing.
 */
@Component
class MailDelivery {

	static final String LINK_REMOVED = "[link sent by email, not kept]";

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final MailWriter writer;
	private final Mailer mailer;
	private final Mails mails;
	private final Clock clock;

	MailDelivery(MailWriter writer, Mailer mailer, Mails mails, Clock clock) {
		this.writer = writer;
		this.mailer = mailer;
		this.mails = mails;
		this.clock = clock;
	}

	void deliver(MailRequest request) {
		if (mails.exists(request.id())) {
			log.info("Mail {} was already sent, not sending it again", request.id());
			return;
		}
		var email = writer.write(request);
		var written = clock.instant();
		// Send first, then record: if sending fails, nothing is recorded and the event is tried again.
		MailStatus status = mailer.deliver(email);
		mails.record(kept(email, request, status), status, written, status == MailStatus.SENT ? clock.instant() : null);
	}

	/**
	 * What is kept of a mail that really went out: everything but its link, which works as a key (to an account, a
	 * circle) and so must live only in the recipient's mailbox. On the dev outbox (no SMTP) the link is the only way
	 * the developer receives it, so it is kept there.
	 */
	private static Email kept(Email email, MailRequest request, MailStatus status) {
		if (status != MailStatus.SENT || request.link() == null || request.link().isEmpty()) {
			return email;
		}
		return new Email(email.id(), email.kind(), email.to(), email.language(), email.subject(),
				email.text().replace(request.link(), LINK_REMOVED), email.html().replace(request.link(), LINK_REMOVED));
	}
}
