package org.wraparound.notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.wraparound.volunteers.VolunteerDeclined;

/** Sends the mails volunteers asks for: a declined application's reason. */
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
}
