package org.wraparound.impact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.wraparound.helping.HelpRecount;
import org.wraparound.volunteers.HoursLogged;

/**
 * Writes impact's fact rows, one per source record and keyed by its id: writing the same fact twice leaves the same
 * row, so a redelivered event never counts twice. Every change recounts the daily sums of the days it touched (see
 * {@link DailySums}). The caller holds the transaction; the first write of each takes its community's lock row.
 */
@Component
class Facts {

	/** The family of {@code impact_event} rows that mark a request called off. */
	static final String CANCELLED = "request-cancelled";

	private final JdbcClient jdbc;
	private final Zones zones;
	private final DailySums sums;
	private final ThreadLocal<Boolean> replaying = ThreadLocal.withInitial(() -> false);

	private final TransactionTemplate withSavepoint;

	private final JdbcTemplate batch;

	Facts(JdbcClient jdbc, JdbcTemplate batch, Zones zones, DailySums sums, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.zones = zones;
		this.sums = sums;
		this.withSavepoint = new TransactionTemplate(transactions);
		this.withSavepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	void circleOpened(UUID community, UUID circle, Instant at) {
		lock(community);
		LocalDate before = one("select opened_on from impact_circle where circle_id = ?", circle);
		LocalDate day = zones.day(community, at);
		if (jdbc.sql("update impact_circle set opened_at = ?, opened_on = ? where circle_id = ?")
			.params(utc(at), day, circle).update() == 0) {
			jdbc.sql("insert into impact_circle (circle_id, community_id, opened_at, opened_on) values (?, ?, ?, ?)")
				.params(circle, community, utc(at), day).update();
		}
		recount(community, before, day);
	}

	void personDied(UUID community, UUID circle, LocalDate diedOn, Instant at) {
		ensureCircle(community, circle, at);
		LocalDate before = one("select died_on from impact_circle where circle_id = ?", circle);
		jdbc.sql("update impact_circle set died_on = ? where circle_id = ?").params(diedOn, circle).update();
		recount(community, before, diedOn);
	}

	void circleClosed(UUID community, UUID circle, Instant at) {
		ensureCircle(community, circle, at);
		LocalDate before = one("select closed_on from impact_circle where circle_id = ?", circle);
		LocalDate day = zones.day(community, at);
		jdbc.sql("update impact_circle set closed_at = ?, closed_on = ? where circle_id = ?")
			.params(utc(at), day, circle).update();
		recount(community, before, day);
	}

	void referralReceived(UUID community, UUID referral, String source, Collection<String> domains, Instant at) {
		lock(community);
		LocalDate day = zones.day(community, at);
		String listed = new TreeSet<>(domains).stream().collect(Collectors.joining(","));
		if (jdbc.sql("update impact_referral set source = ?, domains = ?, received_at = ?, received_on = ? "
				+ "where referral_id = ?").params(source, listed, utc(at), day, referral).update() == 0) {
			jdbc.sql("insert into impact_referral (referral_id, community_id, source, domains, received_at, received_on) "
					+ "values (?, ?, ?, ?, ?, ?)").params(referral, community, source, listed, utc(at), day).update();
		}
		recount(community, day);
	}

	void requestPosted(UUID community, UUID circle, UUID request, String kind, String domain, Instant postedAt,
			Instant startsAt) {
		lock(community);
		LocalDate day = zones.day(community, postedAt);
		if (jdbc.sql("update impact_request set kind = ?, domain = ?, posted_at = ?, posted_on = ?, starts_at = ? "
				+ "where request_id = ?").params(kind, domain, utc(postedAt), day, utc(startsAt), request)
			.update() == 0) {
			jdbc.sql("insert into impact_request (request_id, community_id, circle_id, kind, domain, posted_at, "
					+ "posted_on, starts_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(request, community, circle, kind, domain, utc(postedAt), day, utc(startsAt)).update();
		}
		jdbc.sql("update impact_request set cancelled = exists (select 1 from impact_event e where e.family = ? "
				+ "and e.source_id = impact_request.request_id) where request_id = ?").params(CANCELLED, request)
			.update();
		refill(community, request);
	}

	/** Marks a request called off; kept apart too, in case the cancellation is heard before the request. */
	void requestCancelled(UUID community, UUID request, Instant at) {
		lock(community);
		if (one("select happened_on from impact_event where family = ? and source_id = ?", CANCELLED, request) == null) {
			jdbc.sql("insert into impact_event (source_id, family, community_id, happened_on) values (?, ?, ?, ?)")
				.params(request, CANCELLED, community, zones.day(community, at)).update();
		}
		jdbc.sql("update impact_request set cancelled = true where request_id = ?").params(request).update();
		LocalDate posted = postedOn(request);
		if (posted != null) {
			recount(community, posted);
		}
	}

	void committed(UUID community, UUID circle, UUID request, UUID helper, Instant at) {
		lock(community);
		if (jdbc.sql("update impact_commitment set committed_at = ? where request_id = ? and helper_id = ?")
			.params(utc(at), request, helper).update() == 0) {
			jdbc.sql("insert into impact_commitment (request_id, helper_id, community_id, circle_id, committed_at) "
					+ "values (?, ?, ?, ?, ?)").params(request, helper, community, circle, utc(at)).update();
		}
		refill(community, request);
	}

	void withdrawn(UUID community, UUID request, UUID helper) {
		lock(community);
		jdbc.sql("delete from impact_commitment where request_id = ? and helper_id = ? and done_on is null")
			.params(request, helper).update();
		refill(community, request);
	}

	void completed(UUID community, UUID circle, UUID request, UUID helper, Instant at) {
		ensureCommitment(community, circle, request, helper, at);
		LocalDate before = one("select done_on from impact_commitment where request_id = ? and helper_id = ?",
				request, helper);
		LocalDate day = zones.day(community, at);
		jdbc.sql("update impact_commitment set done_on = ? where request_id = ? and helper_id = ? and done_on is null")
			.params(day, request, helper).update();
		recount(community, before == null ? day : before);
	}

	void thanked(UUID community, UUID circle, UUID request, UUID helper, Instant at) {
		ensureCommitment(community, circle, request, helper, at);
		LocalDate before = one("select thanked_on from impact_commitment where request_id = ? and helper_id = ?",
				request, helper);
		LocalDate day = zones.day(community, at);
		jdbc.sql("update impact_commitment set thanked_on = ? where request_id = ? and helper_id = ? "
				+ "and thanked_on is null").params(day, request, helper).update();
		recount(community, before == null ? day : before);
	}

	void volunteerApplied(UUID community, UUID volunteer, Instant at) {
		volunteer(community, volunteer, "applied_on", zones.day(community, at));
	}

	void volunteerApproved(UUID community, UUID volunteer, Instant at) {
		volunteer(community, volunteer, "approved_on", zones.day(community, at));
	}

	void hoursLogged(UUID community, UUID entry, UUID volunteer, LocalDate workedOn, int minutes) {
		lock(community);
		LocalDate before = one("select worked_on from impact_hours where entry_id = ?", entry);
		if (jdbc.sql("update impact_hours set worked_on = ?, minutes = ? where entry_id = ?")
			.params(workedOn, minutes, entry).update() == 0) {
			jdbc.sql("insert into impact_hours (entry_id, community_id, volunteer_id, worked_on, minutes) "
					+ "values (?, ?, ?, ?, ?)").params(entry, community, volunteer, workedOn, minutes).update();
		}
		recount(community, before, workedOn);
	}

	/** A story published, a survey answered or a charter action done ({@code family} says which). */
	void happened(String family, UUID community, UUID source, Instant at) {
		lock(community);
		LocalDate day = zones.day(community, at);
		LocalDate before = one("select happened_on from impact_event where family = ? and source_id = ?", family,
				source);
		if (before == null) {
			jdbc.sql("insert into impact_event (source_id, family, community_id, happened_on) values (?, ?, ?, ?)")
				.params(source, family, community, day).update();
			recount(community, day);
		}
	}

	/**
	 * Writes the facts of a page of help requests for a rebuild, after every fact was forgotten: the very rows that
	 * {@link #requestPosted}, {@link #committed}, {@link #completed}, {@link #thanked} and {@link #requestCancelled}
	 * leave, in a few batches rather than a dozen statements a request.
	 */
	void replayRequests(List<HelpRecount.Posted> page) {
		List<Object[]> requests = new ArrayList<>(page.size());
		List<Object[]> commitments = new ArrayList<>();
		List<Object[]> cancellations = new ArrayList<>();
		for (HelpRecount.Posted request : page) {
			UUID community = request.community().value();
			UUID id = request.request().value();
			Long fillSeconds = request.pledges().stream().map(HelpRecount.Pledge::committedAt).min(Instant::compareTo)
				.map(first -> Math.max(0, first.getEpochSecond() - request.postedAt().getEpochSecond()))
				.orElse(null);
			requests.add(new Object[] { id, community, request.circle().value(), request.kind().name(),
					request.domain().name(), utc(request.postedAt()), zones.day(community, request.postedAt()),
					utc(request.startsAt()), fillSeconds, request.cancelled() });
			request.pledges().forEach(pledge -> commitments.add(new Object[] { id, pledge.helper().value(), community,
					request.circle().value(), utc(pledge.committedAt()),
					pledge.doneAt().map(at -> zones.day(community, at)).orElse(null),
					pledge.thankedAt().map(at -> zones.day(community, at)).orElse(null) }));
			if (request.cancelled()) {
				cancellations.add(new Object[] { id, CANCELLED, community, zones.day(community, request.postedAt()) });
			}
		}
		batch.batchUpdate("insert into impact_request (request_id, community_id, circle_id, kind, domain, posted_at, "
				+ "posted_on, starts_at, fill_seconds, cancelled) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", requests);
		batch.batchUpdate("insert into impact_commitment (request_id, helper_id, community_id, circle_id, committed_at, "
				+ "done_on, thanked_on) values (?, ?, ?, ?, ?, ?, ?)", commitments);
		batch.batchUpdate("insert into impact_event (source_id, family, community_id, happened_on) values (?, ?, ?, ?)",
				cancellations);
	}

	/** Writes the facts of every approved hours entry for a rebuild, as {@link #hoursLogged} would, in batches. */
	void replayHours(List<HoursLogged> entries) {
		List<Object[]> rows = entries.stream()
			.map(entry -> new Object[] { entry.entry(), entry.community().value(), entry.volunteer().value(),
					entry.workedOn(), entry.minutes() })
			.toList();
		for (int from = 0; from < rows.size(); from += HelpRecount.PAGE) {
			batch.batchUpdate("insert into impact_hours (entry_id, community_id, volunteer_id, worked_on, minutes) "
					+ "values (?, ?, ?, ?, ?)", rows.subList(from, Math.min(rows.size(), from + HelpRecount.PAGE)));
		}
	}

	/** While a rebuild replays every record, the daily sums wait for its one recount at the end. */
	void recounting(boolean replaying) {
		this.replaying.set(replaying);
	}

	private void recount(UUID community, LocalDate... days) {
		if (!replaying.get()) {
			sums.recount(community, days);
		}
	}

	/**
	 * Takes the community's lock row until the transaction ends, adding it on the community's first change: one writer
	 * of a community's facts at a time, so that its daily sums are never recounted at once, while writers of other
	 * communities go on. The insert runs under a savepoint, so that losing the race to add the row (a duplicate key)
	 * leaves the transaction usable on PostgreSQL, and then waits for the winner's lock. A rebuild holds every lock
	 * already.
	 */
	void lock(UUID community) {
		if (replaying.get()) {
			return;
		}
		if (takeLock(community)) {
			return;
		}
		try {
			withSavepoint.executeWithoutResult(status -> jdbc.sql(
					"insert into impact_community_lock (community_id) values (?)").params(community).update());
		}
		catch (DuplicateKeyException addedMeanwhile) {
			// Another writer added the row first: its lock is ours once it is done.
			if (!takeLock(community)) {
				throw addedMeanwhile;
			}
		}
	}

	/**
	 * Takes every lock (for a rebuild): impact's own row, which also keeps two rebuilds apart, then the row of every
	 * community known to the communities module or to impact, added when missing.
	 */
	void lockEverything(Collection<UUID> communities) {
		jdbc.sql("update impact_lock set id = id where id = 1").update();
		Set<UUID> known = new HashSet<>(jdbc.sql("select community_id from impact_community_lock").query(UUID.class).list());
		communities.stream().filter(community -> !known.contains(community)).forEach(this::lock);
		jdbc.sql("update impact_community_lock set community_id = community_id").update();
	}

	private boolean takeLock(UUID community) {
		return jdbc.sql("update impact_community_lock set community_id = community_id where community_id = ?")
			.params(community).update() == 1;
	}

	private void volunteer(UUID community, UUID volunteer, String column, LocalDate day) {
		lock(community);
		LocalDate before = one("select " + column + " from impact_volunteer where community_id = ? and volunteer_id = ?",
				community, volunteer);
		if (jdbc.sql("update impact_volunteer set " + column + " = ? where community_id = ? and volunteer_id = ?")
			.params(day, community, volunteer).update() == 0) {
			jdbc.sql("insert into impact_volunteer (community_id, volunteer_id, " + column + ") values (?, ?, ?)")
				.params(community, volunteer, day).update();
		}
		recount(community, before, day);
	}

	/** A commitment heard of only through its completion or thanks, until its own event arrives. */
	private void ensureCommitment(UUID community, UUID circle, UUID request, UUID helper, Instant at) {
		lock(community);
		if (jdbc.sql("select count(*) from impact_commitment where request_id = ? and helper_id = ?")
			.params(request, helper).query(Long.class).single() == 0) {
			jdbc.sql("insert into impact_commitment (request_id, helper_id, community_id, circle_id, committed_at) "
					+ "values (?, ?, ?, ?, ?)").params(request, helper, community, circle, utc(at)).update();
			refill(community, request);
		}
	}

	private void ensureCircle(UUID community, UUID circle, Instant at) {
		lock(community);
		if (one("select opened_on from impact_circle where circle_id = ?", circle) == null) {
			circleOpened(community, circle, at);
		}
	}

	/** Recomputes when a request was first filled from its commitments, then its day's sums. */
	private void refill(UUID community, UUID request) {
		jdbc.sql("select posted_at, (select min(c.committed_at) from impact_commitment c where c.request_id = ?) "
				+ "from impact_request where request_id = ?").params(request, request)
			.query((rs, row) -> {
				OffsetDateTime posted = rs.getObject(1, OffsetDateTime.class);
				OffsetDateTime first = rs.getObject(2, OffsetDateTime.class);
				return first == null ? -1L : Math.max(0, first.toEpochSecond() - posted.toEpochSecond());
			})
			.optional()
			.ifPresent(seconds -> jdbc.sql("update impact_request set fill_seconds = ? where request_id = ?")
				.params(seconds < 0 ? null : seconds, request).update());
		LocalDate posted = postedOn(request);
		if (posted != null) {
			recount(community, posted);
		}
	}

	private LocalDate postedOn(UUID request) {
		return one("select posted_on from impact_request where request_id = ?", request);
	}

	private LocalDate one(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(LocalDate.class).optional().orElse(null);
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
