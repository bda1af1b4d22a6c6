package org.wraparound.circles;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param invitationValidFor how long an emailed invitation into a circle works
 * @param digestCron when the daily summaries go out (a Spring cron expression; {@code -} turns them off)
 * @param digestTimeZone the time zone of {@code digestCron}, also used to show times on circle pages
 */
@ConfigurationProperties("wraparound.circles")
public record CircleSettings(@DefaultValue("7d") Duration invitationValidFor,
		@DefaultValue("0 0 18 * * *") String digestCron, @DefaultValue("America/Toronto") ZoneId digestTimeZone) {

	/** The time zone in which circle pages give times. */
	public ZoneId timeZone() {
		return digestTimeZone;
	}
}
