package org.wraparound;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.wraparound.platform.RateLimiter;

/**
 * Every test starts with no earlier tries counted: the whole suite signs in from 127.0.0.1 with the same demo
 * people, and one test's wrong passwords must not throttle the next.
 */
public final class FreshRateLimits implements BeforeEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		SpringExtension.getApplicationContext(context).getBean(RateLimiter.class).reset();
	}
}
