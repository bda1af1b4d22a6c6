package org.wraparound.notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.wraparound.contact.chat.ChatTranscriptRequested;

/** Mails a visitor the transcript of their live chat, when they ask for it. */
@Component
class ChatMails {

	private final MailDelivery delivery;

	ChatMails(MailDelivery delivery) {
		this.delivery = delivery;
	}

	@ApplicationModuleListener
	void on(ChatTranscriptRequested event) {
		delivery.deliver(new MailRequest(event.notice(), "CHAT_TRANSCRIPT", event.email(), event.visitorName(),
				event.language(), null, null, event.transcript()));
	}
}
