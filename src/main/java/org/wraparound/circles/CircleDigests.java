package org.wraparound.circles;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.audit.Actor;
import org.wraparound.audit.AuditAction;
import org.wraparound.audit.AuditLog;
import org.wraparound.platform.BaseUrl;

/**
 * Once a day (at {@code wraparound.circles.digest-cron}, 18:00 Toronto time unless set), each member who asked for it
 * gets a summary of what was posted in their circle since their last one; members with nothing new get nothing.
 * Each summary is claimed in the database before it is announced, so it goes out once even when the job runs twice
 * or on several nodes.
 */
@Component
class CircleDigests {

	private static final int EXCERPT = 300;

	private final Digests digests;
	private final Updates updates;
	private final Circles circles;
	private final AccountManagement accounts;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final BaseUrl baseUrl;
	private final Clock clock;

	CircleDigests(Digests digests, Updates updates, Circles circles, AccountManagement accounts, AuditLog audit,
			ApplicationEventPublisher events, TransactionTemplate transactions, BaseUrl baseUrl, Clock clock) {
		this.digests = digests;
		this.updates = updates;
		this.circles = circles;
		this.accounts = accounts;
		this.audit = audit;
		this.events = events;
		this.transactions = transactions;
		this.baseUrl = baseUrl;
		this.clock = clock;
	}

	@Scheduled(cron = "${wraparound.circles.digest-cron:0 0 18 * * *}",
			zone = "${wraparound.circles.digest-time-zone:America/Toronto}")
	void daily() {
		send();
	}

	/** Sends the summaries due now, each in its own transaction; returns how many were sent. */
	int send() {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		int sent = 0;
		for (Digests.Subscriber subscriber : digests.subscribers()) {
			if (Boolean.TRUE.equals(transactions.execute(status -> send(subscriber, now)))) {
				sent++;
			}
		}
		return sent;
	}

	private boolean send(Digests.Subscriber subscriber, Instant now) {
		List<Updates.Counted> posted = updates.postedBetween(subscriber.circle(), subscriber.lastSentAt(), now);
		int comments = updates.commentsBetween(subscriber.circle(), subscriber.lastSentAt(), now);
		if (posted.isEmpty() && comments == 0) {
			return false;
		}
		var member = accounts.find(subscriber.account());
		var circle = circles.findById(subscriber.circle()).filter(c -> c.roleOf(subscriber.account()).isPresent());
		if (member.isEmpty() || circle.isEmpty() || !digests.claim(subscriber, now)) {
			return false;
		}
		var names = accounts.displayNames(posted.stream().map(counted -> counted.update().author()).toList());
		List<CircleDigestReady.Line> lines = posted.stream()
			.map(counted -> new CircleDigestReady.Line(names.getOrDefault(counted.update().author(), "—"),
					counted.update().postedAt(), excerpt(counted.update().body()), counted.comments()))
			.toList();
		CircleId id = circle.get().id();
		String key = id + "/" + subscriber.account() + "/" + subscriber.lastSentAt() + "/" + now;
		events.publishEvent(new CircleDigestReady(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)),
				member.get().email(), member.get().displayName(), member.get().language(),
				circle.get().person(false).name(), baseUrl.link("/circles/" + id + "#updates"), lines, comments,
				subscriber.lastSentAt(), now));
		audit.record(Actor.account(subscriber.account().toString()), AuditAction.VIEWED, CircleUpdates.record(id),
				"daily summary sent by email");
		return true;
	}

	private static String excerpt(String text) {
		return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT).strip() + "…";
	}
}
