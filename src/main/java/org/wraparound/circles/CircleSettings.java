package org.wraparound.circles;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param invitationValidFor how long an emailed invitation into a circle works */
@ConfigurationProperties("wraparound.circles")
public record CircleSettings(@DefaultValue("7d") Duration invitationValidFor) {
}
