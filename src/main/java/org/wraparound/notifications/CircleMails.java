package org.wraparound.notifications;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.wraparound.circles.CircleDigestReady;
import org.wraparound.circles.CircleInvitationSent;
import org.wraparound.circles.ReferralDeclined;
import org.wraparound.platform.Messages;

/** Sends the mails circles ask for: an invitation to join a circle, a member's daily summary, a declined referral's reason. */
@Component
class CircleMails {

	private final MailDelivery delivery;
	private final MessageSource messageSource;
	private final MailSettings settings;

	CircleMails(MailDelivery delivery, MessageSource messageSource, MailSettings settings) {
		this.delivery = delivery;
		this.messageSource = messageSource;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(CircleInvitationSent event) {
		String role = new Messages(messageSource, event.language().locale())
			.get("notifications.CIRCLE_INVITATION.role." + event.role().name());
		delivery.deliver(new MailRequest(event.id(), "CIRCLE_INVITATION", event.to(), null, event.language(),
				event.link(), event.expiresAt(), event.inviterName(), event.personName(), role));
	}

	@ApplicationModuleListener
	void on(CircleDigestReady event) {
		var messages = new Messages(messageSource, event.language().locale());
		var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(event.language().locale()).withZone(settings.timeZone());
		List<String> lines = new ArrayList<>();
		for (CircleDigestReady.Line line : event.lines()) {
			lines.add(messages.get("notifications.CIRCLE_DIGEST.line", line.author(), format.format(line.postedAt()),
					line.comments()) + "\n" + line.excerpt());
		}
		if (lines.isEmpty()) {
			lines.add(messages.get("notifications.CIRCLE_DIGEST.no-updates"));
		}
		lines.add(messages.get("notifications.CIRCLE_DIGEST.comments", event.newComments()));
		delivery.deliver(new MailRequest(event.id(), "CIRCLE_DIGEST", event.to(), event.name(), event.language(),
				event.link(), null, event.personName(), String.join("\n\n", lines), event.lines().size()));
	}

	@ApplicationModuleListener
	void on(ReferralDeclined event) {
		delivery.deliver(new MailRequest(event.referral().value(), "REFERRAL_DECLINED", event.to(),
				event.referrerName(), event.language(), null, null, event.personFirstName(), event.communityName(),
				event.reason()));
	}
}
