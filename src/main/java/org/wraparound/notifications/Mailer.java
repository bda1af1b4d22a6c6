package org.wraparound.notifications;

/** Delivers a written mail: over SMTP, or nowhere (the outbox) when no mail server is set. */
interface Mailer {

	/** Delivers {@code email} or throws, so that the event is tried again. */
	MailStatus deliver(Email email);
}
