package org.wraparound.notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.wraparound.volunteers.CheckExpiring;
import org.wraparound.volunteers.VolunteerDeclined;

/** Sends the mails volunteers asks for: a declined application's reason, a check to renew. */
@Component
class VolunteerMails {

	private final MailDelivery delivery;

	VolunteerMails(MailDelivery delivery) {
		this.delivery = delivery;
	}

	@ApplicationModuleListener
	void on(VolunteerDeclined event) {
		delivery.deliver(new MailRequest(event.id(), "VOLUNTEER_DECLINED", event.to(), event.name(), event.language(),
				null, null, event.communityName(), event.reason()));
	}

	@ApplicationModuleListener
	void on(CheckExpiring event) {
		delivery.deliver(new MailRequest(event.id(), "CHECK_EXPIRING", event.to(), event.name(), event.language(),
				null, null, event.communityName(), event.expiresOn().toString()));
	}
}
