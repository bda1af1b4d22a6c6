package org.wraparound.platform;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Named rate limits, such as {@code wraparound.rate-limits.sign-in-per-email.capacity=10} and
 * {@code .period=15m}. A name without settings gets {@link #FALLBACK}.
 */
@ConfigurationProperties("wraparound")
public record RateLimitSettings(Map<String, Limit> rateLimits) {

	static final Limit FALLBACK = new Limit(20, Duration.ofMinutes(15));

	public RateLimitSettings {
		rateLimits = rateLimits == null ? Map.of() : Map.copyOf(rateLimits);
	}

	Limit limit(String name) {
		return rateLimits.getOrDefault(name, FALLBACK);
	}

	/** At most {@code capacity} tries per {@code period}, refilled gradually. */
	public record Limit(int capacity, Duration period) {

		public Limit {
			if (capacity < 1 || period == null || period.isZero() || period.isNegative()) {
				throw new IllegalArgumentException("A rate limit needs a capacity of 1 or more and a period");
			}
		}
	}
}
