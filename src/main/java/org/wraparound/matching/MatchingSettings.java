package org.wraparound.matching;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param offersPerRequest how many volunteers hold an open offer for one request at a time
 * @param offerValidFor how long an offer stays open (never past the start of the request)
 * @param recentDays how far back a commitment counts as recent load, for fairness
 */
@ConfigurationProperties("wraparound.matching")
record MatchingSettings(@DefaultValue("3") int offersPerRequest, @DefaultValue("24h") Duration offerValidFor,
		@DefaultValue("28") int recentDays) {

	MatchingSettings {
		if (offersPerRequest < 1 || offersPerRequest > 20) {
			throw new IllegalArgumentException("wraparound.matching.offers-per-request is between 1 and 20");
		}
		if (offerValidFor.isNegative() || offerValidFor.isZero()) {
			throw new IllegalArgumentException("wraparound.matching.offer-valid-for is more than nothing");
		}
	}
}
