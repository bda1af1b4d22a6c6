package org.wraparound.notifications;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.wraparound.circles.CircleInvitationSent;
import org.wraparound.circles.ReferralDeclined;
import org.wraparound.platform.Messages;

/** Sends the mails circles ask for: an invitation to join a circle, a declined referral's reason. */
@Component
class CircleMails {

	private final MailDelivery delivery;
	private final MessageSource messageSource;

	CircleMails(MailDelivery delivery, MessageSource messageSource) {
		this.delivery = delivery;
		this.messageSource = messageSource;
	}

	@ApplicationModuleListener
	void on(CircleInvitationSent event) {
		String role = new Messages(messageSource, event.language().locale())
			.get("notifications.CIRCLE_INVITATION.role." + event.role().name());
		delivery.deliver(new MailRequest(event.id(), "CIRCLE_INVITATION", event.to(), null, event.language(),
				event.link(), event.expiresAt(), event.inviterName(), event.personName(), role));
	}

	@ApplicationModuleListener
	void on(ReferralDeclined event) {
		delivery.deliver(new MailRequest(event.referral().value(), "REFERRAL_DECLINED", event.to(),
				event.referrerName(), event.language(), null, null, event.personFirstName(), event.communityName(),
				event.reason()));
	}
}
