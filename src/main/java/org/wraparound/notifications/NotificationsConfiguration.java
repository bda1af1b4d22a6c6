package org.wraparound.notifications;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Mail goes over SMTP when Spring Boot has set up a mail sender (that is, {@code spring.mail.host} is set), and to
 * the dev outbox otherwise. Event listeners run after the publishing transaction, on their own thread, and failed
 * ones are resubmitted on a schedule.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
@EnableConfigurationProperties(MailSettings.class)
class NotificationsConfiguration {

	@Bean
	Mailer mailer(ObjectProvider<JavaMailSender> sender, MailSettings settings) {
		JavaMailSender smtp = sender.getIfAvailable();
		return smtp == null ? new OutboxMailer() : new SmtpMailer(smtp, settings.from());
	}
}
