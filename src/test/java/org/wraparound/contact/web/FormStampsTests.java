package org.wraparound.contact.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.wraparound.TestClock;

/** The signed time in a form: too soon is refused, a forged or changed stamp counts as none, a kept one keeps its time. */
class FormStampsTests {

	private final TestClock clock = new TestClock();

	private final FormStamps stamps = new FormStamps(clock, new ContactSettings(Duration.ofSeconds(3), "a shared key"));

	@Test
	void aFormSentBeforeTheMinimumTimeIsTooFastAndAfterItIsNot() {
		String stamp = stamps.now();
		clock.advance(Duration.ofMillis(2900));
		assertThat(stamps.tooFast(stamp)).isTrue();
		clock.advance(Duration.ofMillis(200));
		assertThat(stamps.tooFast(stamp)).isFalse();
	}

	@Test
	void aStampWeDidNotSignCountsAsTooFast() {
		String stamp = stamps.now();
		clock.advance(Duration.ofMinutes(5));
		String millis = stamp.substring(0, stamp.indexOf('.'));
		String signature = stamp.substring(stamp.indexOf('.') + 1);
		String earlier = (Long.parseLong(millis) - 60_000) + "." + signature;

		assertThat(stamps.tooFast(earlier)).isTrue();
		assertThat(stamps.tooFast(null)).isTrue();
		assertThat(stamps.tooFast("")).isTrue();
		assertThat(stamps.tooFast("not a stamp")).isTrue();
		assertThat(stamps.tooFast("x".repeat(500))).isTrue();
		var otherNode = new FormStamps(clock, new ContactSettings(Duration.ofSeconds(3), "another key"));
		assertThat(otherNode.tooFast(stamp)).isTrue();
		var sameKey = new FormStamps(clock, new ContactSettings(Duration.ofSeconds(3), "a shared key"));
		assertThat(sameKey.tooFast(stamp)).isFalse();
	}

	@Test
	void aFormShownAgainKeepsItsGenuineStampAndReplacesAForgedOne() {
		String stamp = stamps.now();
		assertThat(stamps.keep(stamp)).isEqualTo(stamp);
		clock.advance(Duration.ofSeconds(1));
		String replaced = stamps.keep("123.forged");
		assertThat(replaced).isNotEqualTo("123.forged");
		assertThat(stamps.tooFast(replaced)).isTrue();
		clock.advance(Duration.ofSeconds(4));
		assertThat(stamps.tooFast(replaced)).isFalse();
	}
}
