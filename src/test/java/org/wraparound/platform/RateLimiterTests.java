package org.wraparound.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wraparound.platform.RateLimiter.Decision;

class RateLimiterTests {

	private final RateLimiter limiter = new RateLimiter(
			new RateLimitSettings(Map.of("tries", new RateLimitSettings.Limit(3, Duration.ofMinutes(15)))));

	@Test
	void allowsTheCapacityThenSaysHowLongToWait() {
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.consume("tries", "ana@example.org").allowed()).isTrue();
		}
		Decision refused = limiter.consume("tries", "ana@example.org");
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfterSeconds()).isBetween(1L, 15 * 60L);
		assertThat(limiter.check("tries", "ana@example.org").allowed()).isFalse();
		assertThat(limiter.consume("tries", "ben@example.org").allowed()).as("each key counts alone").isTrue();
	}

	@Test
	void checkingDoesNotCount() {
		for (int i = 0; i < 10; i++) {
			assertThat(limiter.check("tries", "carla@example.org").allowed()).isTrue();
		}
	}

	@Test
	void resetForgetsEveryCount() {
		for (int i = 0; i < 4; i++) {
			limiter.consume("tries", "dev@example.org");
		}
		limiter.reset();
		assertThat(limiter.consume("tries", "dev@example.org").allowed()).isTrue();
	}

	@Test
	void aNameWithoutSettingsGetsTheFallbackAndHugeKeysAreFine() {
		String huge = "k".repeat(100_000);
		for (int i = 0; i < RateLimitSettings.FALLBACK.capacity(); i++) {
			assertThat(limiter.consume("unnamed", huge).allowed()).isTrue();
		}
		assertThat(limiter.consume("unnamed", huge).allowed()).isFalse();
	}

	@Test
	void combinedDecisionsKeepTheLongestWait() {
		Decision shortWait = new Decision(false, Duration.ofSeconds(5));
		Decision longWait = new Decision(false, Duration.ofSeconds(50));
		assertThat(Decision.all(Decision.ALLOWED, shortWait, longWait)).isEqualTo(longWait);
		assertThat(Decision.all(Decision.ALLOWED, Decision.ALLOWED).allowed()).isTrue();
		assertThat(new Decision(false, Duration.ofMillis(1)).retryAfterSeconds()).isEqualTo(1);
	}
}
