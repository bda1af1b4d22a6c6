package org.wraparound.notifications;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.accounts.AccountSummary;
import org.wraparound.contact.InquiryAnswered;
import org.wraparound.contact.InquiryKind;
import org.wraparound.contact.InquiryReceived;
import org.wraparound.platform.BaseUrl;

/**
 * Mails about the contact inbox: the person's confirmation that their message arrived, a notice to staff with a link
 * to the inbox (to the team's shared address when one is set, else to every staff member in their own language), and
 * a staff reply, which goes to the person in full.
 */
@Component
class ContactMails {

	private final MailDelivery delivery;
	private final AccountManagement accounts;
	private final BaseUrl baseUrl;
	private final MailSettings settings;

	ContactMails(MailDelivery delivery, AccountManagement accounts, BaseUrl baseUrl, MailSettings settings) {
		this.delivery = delivery;
		this.accounts = accounts;
		this.baseUrl = baseUrl;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(InquiryReceived event) {
		var topic = new DefaultMessageSourceResolvable(event.topic().messageKey());
		if (event.email() != null) {
			delivery.deliver(new MailRequest(event.notice(), "mail.contact.received", event.email(), event.name(),
					event.language(), null, null, topic));
		}
		String kind = event.kind() == InquiryKind.CALLBACK ? "mail.contact.callbackNotice" : "mail.contact.notice";
		String link = baseUrl.link("/staff/inbox/" + event.inquiry());
		var inbox = settings.staffInbox();
		if (inbox.isPresent()) {
			delivery.deliver(new MailRequest(perRecipient(event.notice(), inbox.get()), kind, inbox.get(), null,
					settings.staffNoticesLanguage(), link, null, event.name(), topic));
			return;
		}
		for (AccountSummary staff : accounts.staff()) {
			delivery.deliver(new MailRequest(perRecipient(event.notice(), staff.id().toString()), kind, staff.email(),
					staff.displayName(), staff.language(), link, null, event.name(), topic));
		}
	}

	@ApplicationModuleListener
	void on(InquiryAnswered event) {
		delivery.deliver(new MailRequest(event.notice(), "mail.contact.reply", event.email(), event.name(),
				event.language(), baseUrl.link("/contact"), null, event.reply(), event.staffName(),
				new DefaultMessageSourceResolvable(event.topic().messageKey())));
	}

	/** One id per staff member for the same notice, so that each mail is sent once even when the event comes again. */
	private static UUID perRecipient(UUID notice, String recipient) {
		return UUID.nameUUIDFromBytes((notice + "/" + recipient).getBytes(StandardCharsets.UTF_8));
	}
}
