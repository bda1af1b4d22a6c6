package org.wraparound.circles;

import java.time.Duration;
import java.time.ZoneId;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param invitationValidFor how long an emailed invitation into a circle works
 * @param digestCron when the daily summaries go out (a Spring cron expression; {@code -} turns them off)
 * @param digestTimeZone the time zone of {@code digestCron}, also used to show times on circle pages
 * @param bereavementCheckIns when, after a death, to check in with the bereaved caregivers
 */
@ConfigurationProperties("wraparound.circles")
public record CircleSettings(@DefaultValue("7d") Duration invitationValidFor,
		@DefaultValue("0 0 18 * * *") String digestCron, @DefaultValue("America/Toronto") ZoneId digestTimeZone,
		@DefaultValue({ "P1W", "P1M", "P3M", "P6M", "P1Y" }) List<Period> bereavementCheckIns) {

	/** The time zone in which circle pages give times. */
	public ZoneId timeZone() {
		return digestTimeZone;
	}
}
