package org.wraparound.notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.wraparound.impact.CheckInDue;

/** Sends caregivers their evaluation check-in, with the single-use link to answer it without signing in. */
@Component
class ImpactMails {

	private final MailDelivery delivery;

	ImpactMails(MailDelivery delivery) {
		this.delivery = delivery;
	}

	@ApplicationModuleListener
	void on(CheckInDue event) {
		delivery.deliver(new MailRequest(event.notice(), "CHECK_IN", event.email(), event.name(), event.language(),
				event.link(), null, event.community()));
	}
}
