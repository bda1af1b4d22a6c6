package org.wraparound.notifications;

/**
 * For the embedded default, where no mail server is set: nothing leaves the machine, and the mail, recorded like
 * every other, is read on the staff's dev outbox page.
 */
class OutboxMailer implements Mailer {

	@Override
	public MailStatus deliver(Email email) {
		return MailStatus.OUTBOX;
	}
}
