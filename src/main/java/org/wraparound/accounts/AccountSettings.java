package org.wraparound.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each kind of emailed link works.
 *
 * @param signInLink a one-time sign-in link
 * @param verifyEmail the link that confirms an address after sign-up
 * @param resetPassword the link to choose a new password
 * @param changeEmail the link that confirms a new address
 */
@ConfigurationProperties("wraparound.accounts.links")
public record AccountSettings(@DefaultValue("15m") Duration signInLink, @DefaultValue("48h") Duration verifyEmail,
		@DefaultValue("1h") Duration resetPassword, @DefaultValue("24h") Duration changeEmail) {
}
