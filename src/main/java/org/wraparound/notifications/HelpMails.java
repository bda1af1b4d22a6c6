package org.wraparound.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.wraparound.helping.HelpCancelled;
import org.wraparound.helping.HelpChanged;
import org.wraparound.helping.HelpKind;
import org.wraparound.helping.HelpReminderDue;
import org.wraparound.helping.HelpUnfilled;
import org.wraparound.helping.HelpWithdrawn;
import org.wraparound.helping.Recipient;
import org.wraparound.helping.ThanksSent;
import org.wraparound.platform.Language;
import org.wraparound.platform.Messages;

/**
 * Mails about help requests, each in its recipient's language: a reminder before a commitment, a request still
 * needing helpers, a request changed or called off, a helper who can no longer come, a thank-you. Each mail's id comes from
 * the event and the recipient, so hearing an event again sends nothing twice.
 */
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
			Locale locale = coordinator.language().locale();
			delivery.deliver(new MailRequest(id(event.request(), event.helper(), event.at(), coordinator.account()),
					"HELP_WITHDRAWN", coordinator.email(), coordinator.name(), coordinator.language(), event.link(),
					null, event.helperName(), event.personName(), kind(event.kind(), locale),
					when(event.startsAt(), event.zone(), locale), event.reason()));
		}
	}

	@ApplicationModuleListener
	void on(HelpReminderDue event) {
		Recipient helper = event.helper();
		Locale locale = helper.language().locale();
		String where = event.address() == null ? ""
				: messages(helper.language()).get("notifications.HELP_REMINDER.where", event.address());
		delivery.deliver(new MailRequest(id(event.request(), "reminder", helper.account()), "HELP_REMINDER",
				helper.email(), helper.name(), helper.language(), event.link(), null, kind(event.kind(), locale),
				event.personName(), when(event.startsAt(), event.zone(), locale),
				time(event.endsAt(), event.zone(), locale), where));
	}

	@ApplicationModuleListener
	void on(HelpUnfilled event) {
		for (Recipient coordinator : event.coordinators()) {
			Locale locale = coordinator.language().locale();
			delivery.deliver(new MailRequest(id(event.request(), "unfilled", coordinator.account()), "HELP_UNFILLED",
					coordinator.email(), coordinator.name(), coordinator.language(), event.link(), null,
					kind(event.kind(), locale), event.personName(), when(event.startsAt(), event.zone(), locale),
					event.stillNeeded()));
		}
		for (Recipient champion : event.champions()) {
			Locale locale = champion.language().locale();
			delivery.deliver(new MailRequest(id(event.request(), "unfilled", champion.account()),
					"HELP_UNFILLED_CHAMPION", champion.email(), champion.name(), champion.language(), null, null,
					kind(event.kind(), locale), when(event.startsAt(), event.zone(), locale), event.stillNeeded()));
		}
	}

	@ApplicationModuleListener
	void on(HelpCancelled event) {
		String kind = event.why() == HelpCancelled.Why.PERSON_DIED ? "HELP_CANCELLED_DIED" : "HELP_CANCELLED";
		for (Recipient helper : event.helpers()) {
			Locale locale = helper.language().locale();
			String note = event.note() == null ? ""
					: messages(helper.language()).get("notifications.HELP_CANCELLED.note", event.note());
			delivery.deliver(new MailRequest(id(event.request(), "cancelled", helper.account()), kind, helper.email(),
					helper.name(), helper.language(), null, null, kind(event.kind(), locale),
					event.personName() == null ? "—" : event.personName(), when(event.startsAt(), event.zone(), locale),
					note));
		}
	}

	@ApplicationModuleListener
	void on(HelpChanged event) {
		for (Recipient helper : event.helpers()) {
			Locale locale = helper.language().locale();
			delivery.deliver(new MailRequest(id(event.request(), "changed", event.at(), helper.account()),
					"HELP_CHANGED", helper.email(), helper.name(), helper.language(), event.link(), null,
					kind(event.kind(), locale), event.personName(), when(event.wasStartingAt(), event.zone(), locale),
					when(event.startsAt(), event.zone(), locale), time(event.endsAt(), event.zone(), locale)));
		}
	}

	@ApplicationModuleListener
	void on(ThanksSent event) {
		Recipient helper = event.to();
		delivery.deliver(new MailRequest(id(event.request(), "thanks", event.at(), helper.account()), "HELP_THANKS",
				helper.email(), helper.name(), helper.language(), event.link(), null, event.fromName(),
				kind(event.kind(), helper.language().locale()), event.personName(), event.text()));
	}

	private String kind(HelpKind kind, Locale locale) {
		return new Messages(messageSource, locale).get("helping.kind." + kind.name()).toLowerCase(locale);
	}

	private Messages messages(Language language) {
		return new Messages(messageSource, language.locale());
	}

	private static String when(Instant at, ZoneId zone, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
			.withZone(zone).format(at);
	}

	private static String time(Instant at, ZoneId zone, Locale locale) {
		return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone).format(at);
	}

	private static UUID id(Object... parts) {
		StringBuilder key = new StringBuilder();
		for (Object part : parts) {
			key.append(part).append('/');
		}
		return UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8));
	}
}
