package org.wraparound.notifications;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.wraparound.communities.ChampionInvitationSent;
import org.wraparound.platform.Messages;

/** Sends the mails communities ask for: an invitation to co-champion a community. */
@Component
class CommunityMails {

	private final MailDelivery delivery;
	private final MessageSource messageSource;

	CommunityMails(MailDelivery delivery, MessageSource messageSource) {
		this.delivery = delivery;
		this.messageSource = messageSource;
	}

	@ApplicationModuleListener
	void on(ChampionInvitationSent event) {
		String note = event.note().isBlank() ? ""
				: new Messages(messageSource, event.language().locale())
					.get("notifications.CHAMPION_INVITATION.note", event.inviterName(), event.note());
		delivery.deliver(new MailRequest(event.id(), "CHAMPION_INVITATION", event.to(), null, event.language(),
				event.link(), event.expiresAt(), event.inviterName(), event.communityName(), note));
	}
}
