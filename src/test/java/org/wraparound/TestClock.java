package org.wraparound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The application's clock in tests: real time plus an offset a test can move forward (reminders, office hours,
 * minimum fill times), put back after every test. A fixed clock would break everything that measures time passing.
 */
public final class TestClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	/** Moves the application's time forward (or back, with a negative amount) from where it is now. */
	public void advance(Duration amount) {
		offset = offset.plus(amount);
	}

	/** Sets the application's time to {@code instant}; real time goes on passing from there. */
	public void setTo(Instant instant) {
		offset = Duration.between(Instant.now(), instant);
	}

	public void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	/** The same moved time, seen from another zone (code asks for today's date in a community's zone). */
	@Override
	public Clock withZone(ZoneId zone) {
		TestClock moved = this;
		return new Clock() {

			@Override
			public Instant instant() {
				return moved.instant();
			}

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return moved.withZone(other);
			}
		};
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}
	}

	/** Puts time back after each test, so that one test's moved clock never reaches the next. */
	static final class Reset implements AfterEachCallback {

		@Override
		public void afterEach(ExtensionContext context) {
			SpringExtension.getApplicationContext(context).getBean(TestClock.class).reset();
		}
	}
}
