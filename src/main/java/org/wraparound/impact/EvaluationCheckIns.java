package org.wraparound.impact;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.CircleManagement;
import org.wraparound.communities.CommunityId;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.platform.BaseUrl;
import org.wraparound.platform.SecretTokens;

/**
 * Evaluation check-ins: sends each open circle's coordinators a short check-in when one is due (after
 * {@code first-months}, then every {@code every-months}), takes each answer once through its link, and adds the
 * answers up per community. Nobody's single answer is ever shown outside impact's own tables.
 */
@Service
public class EvaluationCheckIns {

	private final JdbcClient jdbc;
	private final CircleManagement circles;
	private final AccountManagement accounts;
	private final CommunityManagement communities;
	private final ApplicationEventPublisher events;
	private final BaseUrl baseUrl;
	private final Clock clock;
	private final int firstMonths;
	private final int everyMonths;

	EvaluationCheckIns(JdbcClient jdbc, CircleManagement circles, AccountManagement accounts, CommunityManagement communities,
			ApplicationEventPublisher events, BaseUrl baseUrl, Clock clock,
			@Value("${wraparound.impact.check-in.first-months:1}") int firstMonths,
			@Value("${wraparound.impact.check-in.every-months:3}") int everyMonths) {
		this.jdbc = jdbc;
		this.circles = circles;
		this.accounts = accounts;
		this.communities = communities;
		this.events = events;
		this.baseUrl = baseUrl;
		this.clock = clock;
		this.firstMonths = Math.max(1, firstMonths);
		this.everyMonths = Math.max(1, everyMonths);
	}

	/** Sends every check-in due by today that was not sent yet; how many were sent. */
	@Transactional
	public int sendDue() {
		LocalDate today = LocalDate.now(clock);
		int sent = 0;
		var open = jdbc.sql("select circle_id, community_id, opened_on from impact_circle where closed_on is null")
			.query((rs, row) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, LocalDate.class) })
			.list();
		for (Object[] circle : open) {
			Optional<LocalDate> due = due((LocalDate) circle[2], today);
			if (due.isPresent()) {
				sent += send((UUID) circle[0], (UUID) circle[1], due.get());
			}
		}
		return sent;
	}

	/** The latest day a check-in fell due for a circle opened on {@code opened}, if one has by {@code today}. */
	Optional<LocalDate> due(LocalDate opened, LocalDate today) {
		LocalDate first = opened.plusMonths(firstMonths);
		if (first.isAfter(today)) {
			return Optional.empty();
		}
		long rounds = ChronoUnit.MONTHS.between(first, today) / everyMonths;
		return Optional.of(first.plusMonths(rounds * everyMonths));
	}

	private int send(UUID circle, UUID community, LocalDate due) {
		if (jdbc.sql("select count(*) from impact_check_in where circle_id = ? and due_on = ?").params(circle, due)
			.query(Long.class).single() > 0) {
			return 0;
		}
		var brief = circles.brief(new CircleId(circle), "evaluation check-in");
		if (brief.isEmpty()) {
			return 0;
		}
		String name = communities.find(new CommunityId(community)).map(found -> found.name()).orElse("");
		int sent = 0;
		for (var coordinator : brief.get().coordinators()) {
			var account = accounts.find(coordinator);
			if (account.isEmpty()) {
				continue;
			}
			UUID id = UUID.randomUUID();
			String token = SecretTokens.newToken();
			jdbc.sql("insert into impact_check_in (id, community_id, circle_id, account_id, due_on, token_hash, sent_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?)")
				.params(id, community, circle, coordinator.value(), due, SecretTokens.hash(token),
						Facts.utc(clock.instant()))
				.update();
			events.publishEvent(new CheckInDue(id, account.get().email(), account.get().displayName(),
					account.get().language(), baseUrl.link("/impact/check-ins/" + token), name));
			sent++;
		}
		return sent;
	}

	/** Whether a link can still be answered: open, already answered, or not one of ours. */
	@Transactional(readOnly = true)
	public Link link(String token) {
		if (!SecretTokens.plausible(token)) {
			return Link.UNKNOWN;
		}
		return jdbc.sql("select answered_at is not null from impact_check_in where token_hash = ?")
			.params(SecretTokens.hash(token)).query(Boolean.class).optional()
			.map(answered -> answered ? Link.ANSWERED : Link.OPEN).orElse(Link.UNKNOWN);
	}

	/** Keeps the answer, once: false when the link was already used or is not ours. */
	@Transactional
	public boolean answer(String token, CheckInAnswer answer) {
		if (!SecretTokens.plausible(token)) {
			return false;
		}
		String unmet = answer.unmet().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		String comment = answer.comment() == null || answer.comment().isBlank() ? null : answer.comment().strip();
		return jdbc.sql("update impact_check_in set answered_at = ?, supported = ?, unmet = ?, lonely = ?, comment = ? "
				+ "where token_hash = ? and answered_at is null")
			.params(Facts.utc(clock.instant()), answer.supported(), unmet, answer.lonely(), comment,
					SecretTokens.hash(token))
			.update() == 1;
	}

	/** The community's answers in the period, quarter by quarter (by the day each was answered). */
	@Transactional(readOnly = true)
	public List<Quarter> results(CommunityId community, Period period) {
		List<Quarter> quarters = new ArrayList<>();
		LocalDate start = period.from();
		while (!start.isAfter(period.to())) {
			LocalDate end = start.plusMonths(3).minusDays(1);
			end = end.isAfter(period.to()) ? period.to() : end;
			LocalDate last = end;
			LocalDate first = start;
			quarters.add(jdbc.sql("""
					select count(*), avg(supported * 1.0),
					       sum(case when lonely >= 4 then 1 else 0 end),
					       sum(case when unmet is not null and unmet <> '' then 1 else 0 end)
					from impact_check_in where community_id = ? and answered_at >= ? and answered_at < ?""")
				.params(community.value(), Facts.utc(first.atStartOfDay(clock.getZone()).toInstant()),
						Facts.utc(last.plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
				.query((rs, row) -> new Quarter(first, last, new Count(rs.getLong(1)),
						rs.getObject(2) == null ? Optional.empty() : Optional.of(rs.getDouble(2)), rs.getLong(3),
						rs.getLong(4)))
				.single());
			start = end.plusDays(1);
		}
		return quarters;
	}

	/** What a check-in link can still do. */
	public enum Link {
		OPEN, ANSWERED, UNKNOWN
	}

	/**
	 * A quarter's answers: how many people answered, how supported they felt on average (1 to 5), how many feel
	 * lonely often or always, and how many named a domain with unmet needs.
	 */
	public record Quarter(LocalDate from, LocalDate to, Count answers, Optional<Double> supported, long lonely,
			long unmet) {

		/** Percent of those answering who feel lonely often or always; empty when none answered. */
		public Optional<Integer> lonelyShare() {
			return Figures.percent(lonely, answers.value());
		}

		/** Percent of those answering who named a domain with unmet needs. */
		public Optional<Integer> unmetShare() {
			return Figures.percent(unmet, answers.value());
		}
	}
}
