package org.wraparound.circles;

import java.time.Duration;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param invitationValidFor how long an emailed invitation into a circle works
 * @param bereavementCheckIns when, after a death, to check in with the bereaved caregivers
 */
@ConfigurationProperties("wraparound.circles")
public record CircleSettings(@DefaultValue("7d") Duration invitationValidFor,
		@DefaultValue({ "P1W", "P1M", "P3M", "P6M", "P1Y" }) List<Period> bereavementCheckIns) {
}
