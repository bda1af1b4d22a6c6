package org.wraparound.notifications;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends through the mail server Spring Boot set up from {@code spring.mail.*}. */
class SmtpMailer implements Mailer {

	private final JavaMailSender sender;
	private final String from;

	SmtpMailer(JavaMailSender sender, String from) {
		this.sender = sender;
		this.from = from;
	}

	@Override
	public MailStatus deliver(Email email) {
		sender.send(message -> {
			try {
				var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
				helper.setFrom(from);
				helper.setTo(email.to());
				helper.setSubject(email.subject());
				helper.setText(email.text(), email.html());
				message.setHeader("Content-Language", email.language().code());
			}
			catch (MessagingException e) {
				throw new MailPreparationException(e);
			}
		});
		return MailStatus.SENT;
	}
}
