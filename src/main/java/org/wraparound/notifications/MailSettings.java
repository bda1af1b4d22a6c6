package org.wraparound.notifications;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mail goes out. The mail server itself is Spring Boot's {@code spring.mail.*}; without
 * {@code spring.mail.host}, mail is kept for the staff's dev outbox page instead.
 *
 * @param from the sender people see, such as {@code Wraparound <hello@wraparound.example>}
 * @param timeZone the time zone in which mails give times, such as when a link expires
 */
@ConfigurationProperties("wraparound.mail")
record MailSettings(@DefaultValue("Wraparound <hello@wraparound.example>") String from,
		@DefaultValue("America/Toronto") ZoneId timeZone) {
}
