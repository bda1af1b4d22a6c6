package org.wraparound.notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.wraparound.platform.BaseUrl;
import org.wraparound.stories.StoryPublished;
import org.wraparound.stories.StoryRejected;
import org.wraparound.stories.StorySentBack;

/** Tells the author of a story what staff decided: published, sent back with a note, or rejected with a reason. */
@Component
class StoryMails {

	private final MailDelivery delivery;
	private final BaseUrl baseUrl;

	StoryMails(MailDelivery delivery, BaseUrl baseUrl) {
		this.delivery = delivery;
		this.baseUrl = baseUrl;
	}

	@ApplicationModuleListener
	void on(StoryPublished event) {
		if (event.authorEmail() == null) {
			return;
		}
		delivery.deliver(new MailRequest(event.notice(), "STORY_PUBLISHED", event.authorEmail(), event.authorName(),
				event.authorLanguage(), baseUrl.link("/stories/" + event.story()), null, event.title()));
	}

	@ApplicationModuleListener
	void on(StorySentBack event) {
		delivery.deliver(new MailRequest(event.notice(), "STORY_SENT_BACK", event.authorEmail(), event.authorName(),
				event.authorLanguage(), baseUrl.link("/stories/" + event.story() + "/revise"), null, event.title(),
				event.note()));
	}

	@ApplicationModuleListener
	void on(StoryRejected event) {
		delivery.deliver(new MailRequest(event.notice(), "STORY_REJECTED", event.authorEmail(), event.authorName(),
				event.authorLanguage(), null, null, event.title(), event.reason()));
	}
}
