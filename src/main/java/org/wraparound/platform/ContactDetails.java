package org.wraparound.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the public reaches the team behind Wraparound. Settings, so that each organization running it shows its own.
 *
 * @param email address for written inquiries
 * @param phone the phone number as people dial it (shown, and used in a {@code tel:} link)
 * @param chatTimeZone the time zone in which the live-chat hours are given
 */
@ConfigurationProperties("wraparound.contact")
public record ContactDetails(@DefaultValue("hello@wraparound.example") String email,
		@DefaultValue("1-800-555-0199") String phone, @DefaultValue("America/Toronto") String chatTimeZone) {

	/** The phone number as a {@code tel:} URI: digits and a leading plus only. */
	public String phoneHref() {
		String digits = phone.replaceAll("[^0-9+]", "");
		return "tel:" + (digits.startsWith("+") ? digits : "+" + digits);
	}
}
