package org.wraparound.impact;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start with impact (and after any demo data is loaded), counts everything that happened before it:
 * those events were published before anyone listened for impact, and are never replayed.
 */
@Component
@Order(100)
class FirstStart implements ApplicationRunner {

	private final Rebuild rebuild;

	FirstStart(Rebuild rebuild) {
		this.rebuild = rebuild;
	}

	@Override
	public void run(ApplicationArguments args) {
		rebuild.ifNeverRun();
	}
}
