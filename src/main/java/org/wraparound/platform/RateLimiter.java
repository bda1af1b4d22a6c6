package org.wraparound.platform;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Limits how often something may be tried per key (an email, an IP address), with named limits from settings
 * ({@code wraparound.rate-limits.<name>.capacity} and {@code .period}). Kept in memory on each node, for at most
 * {@value #MAX_KEYS} keys, so a flood of made-up keys cannot exhaust memory.
 */
public class RateLimiter {

	static final int MAX_KEYS = 100_000;

	private final RateLimitSettings settings;
	private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_KEYS;
		}
	});

	public RateLimiter(RateLimitSettings settings) {
		this.settings = settings;
	}

	/** Whether one more try would be allowed now, without counting it. */
	public Decision check(String limit, String key) {
		Bucket bucket = bucket(limit, key);
		if (bucket.getAvailableTokens() > 0) {
			return Decision.ALLOWED;
		}
		return new Decision(false, Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
	}

	/** Counts one try; refused when the limit is reached. */
	public Decision consume(String limit, String key) {
		var probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Decision.ALLOWED
				: new Decision(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	/** Forgets every count (for tests, and for staff after a false alarm). */
	public void reset() {
		buckets.clear();
	}

	private Bucket bucket(String limit, String key) {
		RateLimitSettings.Limit settingsFor = settings.limit(limit);
		String id = limit + '\u0000' + (key == null ? "" : key.length() > 300 ? key.substring(0, 300) : key);
		return buckets.computeIfAbsent(id, ignored -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(settingsFor.capacity())
				.refillGreedy(settingsFor.capacity(), settingsFor.period()).build())
			.build());
	}

	/** Whether a try may go ahead, and if not, how long to wait. */
	public record Decision(boolean allowed, Duration retryAfter) {

		static final Decision ALLOWED = new Decision(true, Duration.ZERO);

		/** Allowed when all are; otherwise the refusal with the longest wait. */
		public static Decision all(Decision... decisions) {
			Decision result = ALLOWED;
			for (Decision decision : decisions) {
				if (!decision.allowed() && (result.allowed() || decision.retryAfter().compareTo(result.retryAfter()) > 0)) {
					result = decision;
				}
			}
			return result;
		}

		/** Whole seconds to wait, at least one, for a {@code Retry-After} header. */
		public long retryAfterSeconds() {
			return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
		}
	}
}
