package org.wraparound.helping;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.audit.Actor;
import org.wraparound.audit.AuditAction;
import org.wraparound.audit.AuditLog;
import org.wraparound.audit.RecordRef;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.CircleManagement;
import org.wraparound.circles.CircleSettings;
import org.wraparound.circles.CircleView;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;

/**
 * A circle's help requests by month and by week, beside the agenda list. Only the circle's members see them (anyone
 * else finds nothing, which the web layer answers with 404); days are the community's days, weeks start on Monday.
 * Each read is written to the audit log, as the agenda's is. A view costs a fixed number of queries, however many
 * requests it holds.
 */
@Service
@Transactional(readOnly = true)
public class CircleCalendar {

	private final CalendarQueries queries;
	private final CircleManagement circles;
	private final CommunityManagement communities;
	private final CircleSettings settings;
	private final AuditLog audit;
	private final Clock clock;

	CircleCalendar(CalendarQueries queries, CircleManagement circles, CommunityManagement communities,
			CircleSettings settings, AuditLog audit, Clock clock) {
		this.queries = queries;
		this.circles = circles;
		this.communities = communities;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/** The month (this month when empty) for a member of the circle; empty for anyone else. */
	public Optional<CalendarPeriod> month(CircleId id, AccountId viewer, Optional<YearMonth> month,
			CalendarFilter filter) {
		return member(id, viewer).map(circle -> {
			ZoneId zone = zone(circle);
			YearMonth shown = month.orElseGet(() -> YearMonth.now(clock.withZone(zone)));
			return period(circle, viewer, zone, shown.atDay(1), shown.plusMonths(1).atDay(1), filter);
		});
	}

	/** The week from Monday around {@code day} (today when empty) for a member of the circle; empty for others. */
	public Optional<CalendarPeriod> week(CircleId id, AccountId viewer, Optional<LocalDate> day, CalendarFilter filter) {
		return member(id, viewer).map(circle -> {
			ZoneId zone = zone(circle);
			LocalDate monday = day.orElseGet(() -> LocalDate.now(clock.withZone(zone)))
				.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			return period(circle, viewer, zone, monday, monday.plusWeeks(1), filter);
		});
	}

	private CalendarPeriod period(CircleView circle, AccountId viewer, ZoneId zone, LocalDate from, LocalDate until,
			CalendarFilter filter) {
		Instant now = clock.instant();
		var entries = queries.between(circle.id().value(), from.atStartOfDay(zone).toInstant(),
				until.atStartOfDay(zone).toInstant(), filter, viewer, now);
		audit.record(Actor.account(viewer.toString()), AuditAction.VIEWED,
				new RecordRef("helping", "agenda", circle.id().toString()),
				"calendar " + from + " to " + until.minusDays(1) + ": " + entries.size() + " requests");
		return new CalendarPeriod(circle.id(), circle.person().name(), zone, circle.canCoordinate(), from, until,
				LocalDate.ofInstant(now, zone), filter, entries);
	}

	private Optional<CircleView> member(CircleId id, AccountId viewer) {
		return circles.view(id, viewer).filter(view -> view.viewerRole().isPresent());
	}

	private ZoneId zone(CircleView circle) {
		return communities.find(circle.community()).map(CommunitySummary::timeZone).orElse(settings.timeZone());
	}
}
