package org.wraparound.notifications;

import java.time.ZoneId;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.wraparound.platform.Language;

/**
 * How mail goes out. The mail server itself is Spring Boot's {@code spring.mail.*}; without
 * {@code spring.mail.host}, mail is kept for the staff's dev outbox page instead.
 *
 * @param from the sender people see, such as {@code Wraparound <hello@wraparound.example>}
 * @param timeZone the time zone in which mails give times, such as when a link expires
 * @param staffNoticesTo where the notice of a new message or call-back request goes: blank means every staff
 *        account (each in their own language); an address, such as the team's shared inbox, means that one only
 * @param staffNoticesLanguage the language of the notice sent to {@code staffNoticesTo}
 */
@ConfigurationProperties("wraparound.mail")
record MailSettings(@DefaultValue("Wraparound <hello@wraparound.example>") String from,
		@DefaultValue("America/Toronto") ZoneId timeZone, @DefaultValue("") String staffNoticesTo,
		@DefaultValue("EN") Language staffNoticesLanguage) {

	/** The one address staff notices go to, when one is set. */
	Optional<String> staffInbox() {
		return staffNoticesTo == null || staffNoticesTo.isBlank() ? Optional.empty() : Optional.of(staffNoticesTo.strip());
	}
}
