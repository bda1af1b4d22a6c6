package org.wraparound.notifications;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Test-only: the real mailer, which a test can make fail the next few times, as a mail server that is down would.
 * Off by default, so every other test sends as usual.
 */
@Component
@Primary
class FlakyMailer implements Mailer {

	private final Mailer real;
	private final AtomicInteger failuresLeft = new AtomicInteger();
	private volatile String failingTo = "";
	private final AtomicInteger failures = new AtomicInteger();

	FlakyMailer(ObjectProvider<JavaMailSender> sender, MailSettings settings) {
		JavaMailSender smtp = sender.getIfAvailable();
		this.real = smtp == null ? new OutboxMailer() : new SmtpMailer(smtp, settings.from());
	}

	/**
	 * The next {@code times} deliveries to {@code to} fail. Only that address: other tests' mail, sent at the same
	 * time by other listeners, goes through.
	 */
	void failNext(String to, int times) {
		failingTo = to;
		failuresLeft.set(times);
	}

	/** How many deliveries failed on purpose so far. */
	int failures() {
		return failures.get();
	}

	@Override
	public MailStatus deliver(Email email) {
		if (failingTo.equals(email.to()) && failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
			failures.incrementAndGet();
			throw new MailSendException("Test: the mail server is down");
		}
		return real.deliver(email);
	}
}
