package org.wraparound.notifications;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mails written so far, for staff to read on the dev outbox page. */
@Service
@Transactional(readOnly = true)
public class Outbox {

	private final Mails mails;

	Outbox(Mails mails) {
		this.mails = mails;
	}

	/** The {@code limit} most recent mails, newest first. */
	public List<Mail> newest(int limit) {
		return mails.newest(limit);
	}
}
