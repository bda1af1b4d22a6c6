package org.wraparound.helping;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.wraparound.audit.Actor;
import org.wraparound.audit.AuditAction;
import org.wraparound.audit.AuditLog;
import org.wraparound.audit.RecordRef;
import org.wraparound.circles.CircleId;
import org.wraparound.communities.CommunityId;

/**
 * Repeating requests: a series and its occurrences, made up to a rolling horizon (eight weeks ahead by default) when
 * the series is posted and then by a periodic job. Each occurrence is an ordinary request, announced as one.
 */
@Service
class RepeatingRequests {

	private final Series series;
	private final Requests requests;
	private final HelpSettings settings;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;
	private final TransactionTemplate transactions;

	RepeatingRequests(Series series, Requests requests, HelpSettings settings, ApplicationEventPublisher events,
			AuditLog audit, Clock clock, PlatformTransactionManager transactionManager) {
		this.series = series;
		this.requests = requests;
		this.settings = settings;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Starts a series (in the caller's transaction) and makes its occurrences up to the horizon; the first one. */
	List<RequestId> start(Series.Row row) {
		series.insert(row);
		return makeUpTo(row, horizon(row.zone()));
	}

	/**
	 * Makes the occurrences every active series is missing up to the horizon, one series per transaction; how many
	 * were made. Running it twice, or on two nodes at once, makes nothing twice.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	int extendAll() {
		int made = 0;
		// A day's margin: in a community's time zone the horizon may be a day either side of UTC's.
		for (UUID id : series.behind(LocalDate.now(clock).plus(settings.horizon()).plusDays(1))) {
			Integer count = transactions.execute(status -> series.find(id)
				.filter(row -> Series.ACTIVE.equals(row.status()))
				.map(row -> {
					List<RequestId> added = makeUpTo(row, horizon(row.zone()));
					if (!added.isEmpty()) {
						audit.record(Actor.anonymous("system"), AuditAction.CREATED,
								new RecordRef("helping", "series", id.toString()),
								added.size() + " more occurrences");
					}
					return added.size();
				}).orElse(0));
			made += count == null ? 0 : count;
		}
		return made;
	}

	private LocalDate horizon(ZoneId zone) {
		return LocalDate.now(clock.withZone(zone)).plus(settings.horizon());
	}

	private List<RequestId> makeUpTo(Series.Row row, LocalDate horizon) {
		if (!row.madeUntil().isBefore(horizon)) {
			return List.of();
		}
		Instant now = clock.instant();
		List<RequestId> made = Recurrence.days(row.firstDay(), row.repeat(), row.madeUntil().plusDays(1), horizon)
			.stream()
			.map(day -> occurrence(row, day, now))
			.filter(occurrence -> occurrence.startsAt().isAfter(now) && requests.insertOccurrence(occurrence))
			.map(occurrence -> {
				events.publishEvent(new HelpRequested(new CommunityId(row.community()), new CircleId(row.circle()),
						new RequestId(occurrence.id()), row.kind(), row.kind().domain(), occurrence.startsAt(),
						occurrence.endsAt(), now));
				return new RequestId(occurrence.id());
			})
			.toList();
		series.madeUntil(row.id(), horizon);
		return made;
	}

	private static Requests.Row occurrence(Series.Row row, LocalDate day, Instant now) {
		return new Requests.Row(UUID.randomUUID(), row.community(), row.circle(), row.kind(),
				day.atTime(row.start()).atZone(row.zone()).toInstant(),
				day.atTime(row.end()).atZone(row.zone()).toInstant(), row.slots(), 0, row.notes(), row.address(),
				Requests.OPEN, row.postedBy(), now, row.details(), row.latitude(), row.longitude(), row.id(), day,
				null);
	}
}
