package org.wraparound.notifications;

import java.util.concurrent.TimeUnit;

import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, hands failed event publications to their listeners again, so that a mail that could not be sent
 * (mail server down, a crash mid-way: the registry marks stale publications failed) goes out once it can.
 * <p>
 * Safe with several nodes: each node reads the failed publications, but before running one it claims it with a
 * conditional update in the registry ({@code status = 'RESUBMITTED' where id = ? and status != 'RESUBMITTED'}); only
 * the node whose update changed the row runs the listener, the others skip it. A node that dies while holding a
 * claim leaves it to {@code spring.modulith.events.staleness.resubmission}, which marks it failed again. Listeners
 * are idempotent besides, so even a second run would change nothing.
 */
@Component
class FailedEventsResubmission {

	private final FailedEventPublications failed;

	FailedEventsResubmission(FailedEventPublications failed) {
		this.failed = failed;
	}

	@Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
	void resubmit() {
		failed.resubmit(ResubmissionOptions.defaults());
	}
}
