package org.wraparound.helping;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param horizon how far ahead the occurrences of repeating requests exist (they are made as time goes on)
 * @param reminderBefore how long before a commitment its reminder goes out, unless the helper chose otherwise
 * @param unfilledNotice how long before it starts a request still needing helpers is announced
 */
@ConfigurationProperties("wraparound.helping")
record HelpSettings(@DefaultValue("P8W") Period horizon, @DefaultValue("24h") Duration reminderBefore,
		@DefaultValue("48h") Duration unfilledNotice) {
}
