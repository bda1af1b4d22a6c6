package org.wraparound.notifications;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.wraparound.helping.HelpKind;
import org.wraparound.helping.Recipient;
import org.wraparound.matching.HelpOffered;
import org.wraparound.matching.OfferWithdrawn;
import org.wraparound.platform.Messages;

/**
 * The mail a volunteer gets when a request is offered to them: the task, when, the person's first name and
 * neighbourhood (nothing more before they accept), where to answer and until when. Its id comes from the offer, so
 * hearing the event again sends nothing twice. And the mail telling them an offer they have not answered was taken
 * back.
 */
@Component
class OfferMails {

	private final MailDelivery delivery;
	private final MessageSource messageSource;

	OfferMails(MailDelivery delivery, MessageSource messageSource) {
		this.delivery = delivery;
		this.messageSource = messageSource;
	}

	@ApplicationModuleListener
	void on(HelpOffered event) {
		Recipient volunteer = event.volunteer();
		Locale locale = volunteer.language().locale();
		var messages = new Messages(messageSource, locale);
		String kind = kind(messages, event.kind(), locale);
		String where = event.neighbourhood().map(place -> messages.get("mail.offer.where", place)).orElse("");
		delivery.deliver(new MailRequest(
				UUID.nameUUIDFromBytes(("offer/" + event.offer()).getBytes(StandardCharsets.UTF_8)), "mail.offer",
				volunteer.email(), volunteer.name(), volunteer.language(), event.link(), null, kind,
				event.personName(), when(event.startsAt(), event.zone(), locale),
				time(event.endsAt(), event.zone(), locale), where, when(event.expiresAt(), event.zone(), locale)));
	}

	/** An offer not yet answered was taken back (the request moved, or was called off): they need not answer it. */
	@ApplicationModuleListener
	void on(OfferWithdrawn event) {
		Recipient volunteer = event.volunteer();
		Locale locale = volunteer.language().locale();
		delivery.deliver(new MailRequest(
				UUID.nameUUIDFromBytes(("offer-withdrawn/" + event.offer()).getBytes(StandardCharsets.UTF_8)),
				event.moved() ? "mail.offer-moved" : "mail.offer-called-off", volunteer.email(), volunteer.name(),
				volunteer.language(), null, null, kind(new Messages(messageSource, locale), event.kind(), locale), event.personName() == null ? "—" : event.personName(),
				when(event.startsAt(), event.zone(), locale)));
	}

	private static String kind(Messages messages, HelpKind kind, Locale locale) {
		return messages.get("helping.kind." + kind.name()).toLowerCase(locale);
	}

	private static String when(java.time.Instant at, ZoneId zone, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
			.withZone(zone).format(at);
	}

	private static String time(java.time.Instant at, ZoneId zone, Locale locale) {
		return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone).format(at);
	}
}
