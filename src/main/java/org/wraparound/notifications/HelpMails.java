package org.wraparound.notifications;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.wraparound.helping.HelpWithdrawn;
import org.wraparound.platform.Messages;

/** Tells a circle's coordinators, each in their language, that a helper can no longer come. */
@Component
class HelpMails {

	private final MailDelivery delivery;
	private final MessageSource messageSource;

	HelpMails(MailDelivery delivery, MessageSource messageSource) {
		this.delivery = delivery;
		this.messageSource = messageSource;
	}

	@ApplicationModuleListener
	void on(HelpWithdrawn event) {
		for (HelpWithdrawn.Coordinator coordinator : event.coordinators()) {
			var locale = coordinator.language().locale();
			var messages = new Messages(messageSource, locale);
			var day = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
				.withZone(event.zone());
			String kind = messages.get("helping.kind." + event.kind().name()).toLowerCase(locale);
			// One mail per coordinator and withdrawal, so hearing the event again sends nothing twice.
			UUID id = UUID.nameUUIDFromBytes((event.request() + "/" + event.helper() + "/" + event.at() + "/"
					+ coordinator.account()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			delivery.deliver(new MailRequest(id, "HELP_WITHDRAWN", coordinator.email(), coordinator.name(),
					coordinator.language(), event.link(), null, event.helperName(), event.personName(), kind,
					day.format(event.startsAt()), event.reason()));
		}
	}
}
