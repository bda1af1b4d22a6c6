package org.wraparound.notifications;

/** What became of a mail. */
public enum MailStatus {

	/** Handed to the mail server. */
	SENT,
	/** No mail server is set: kept for the dev outbox page only. */
	OUTBOX
}
