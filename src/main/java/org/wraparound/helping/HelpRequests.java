package org.wraparound.helping;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.audit.Actor;
import org.wraparound.audit.AuditAction;
import org.wraparound.audit.AuditLog;
import org.wraparound.audit.RecordRef;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.CircleManagement;
import org.wraparound.circles.CircleRole;
import org.wraparound.circles.CircleSettings;
import org.wraparound.circles.CircleView;
import org.wraparound.circles.PlainText;
import org.wraparound.communities.CommunityId;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.platform.BaseUrl;

/**
 * Help requests in a circle. Only the circle's members see its requests; only its coordinators post them; anyone
 * else finds nothing (which the web layer answers with 404). {@link #claim} is the one way a slot is ever taken.
 * Every read and change is written to the audit log.
 */
@Service
@Transactional(readOnly = true)
public class HelpRequests {

	/** The longest notes and thanks may be. */
	public static final int MAX_NOTES = 2000;

	public static final int MAX_THANKS = 500;

	public static final int MAX_ADDRESS = 300;

	/** The agenda lists the coming eight weeks, at most 200 requests; the month view shows the rest. */
	private static final java.time.Duration AGENDA_WEEKS = java.time.Duration.ofDays(56);

	private static final int AGENDA_MOST = 200;

	private final Requests requests;
	private final CircleManagement circles;
	private final CommunityManagement communities;
	private final AccountManagement accounts;
	private final CircleSettings settings;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final BaseUrl baseUrl;
	private final Clock clock;
	private final TransactionTemplate transactions;
	private final RepeatingRequests repeats;
	private final Reminders reminders;
	private final People people;

	HelpRequests(Requests requests, CircleManagement circles, CommunityManagement communities,
			AccountManagement accounts, CircleSettings settings, AuditLog audit, ApplicationEventPublisher events,
			BaseUrl baseUrl, Clock clock, PlatformTransactionManager transactionManager, RepeatingRequests repeats,
			Reminders reminders, People people) {
		this.repeats = repeats;
		this.reminders = reminders;
		this.people = people;
		this.requests = requests;
		this.circles = circles;
		this.communities = communities;
		this.accounts = accounts;
		this.settings = settings;
		this.audit = audit;
		this.events = events;
		this.baseUrl = baseUrl;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * A coordinator posts a request, once or repeating; the first occurrence. Empty when they may not, or when the
	 * request breaks a rule (ends before it starts, starts in the past, 1 to 10 helpers, plain-text notes and
	 * details, a repeat that ends before it starts or is over 200 times).
	 */
	@Transactional
	public Optional<RequestId> post(PostHelpRequest command) {
		Instant now = clock.instant();
		if (command.kind() == null || command.startsAt() == null || command.endsAt() == null
				|| !command.endsAt().isAfter(command.startsAt()) || !command.startsAt().isAfter(now)
				|| command.helpers() < 1 || command.helpers() > 10 || !optionalText(command.notes(), MAX_NOTES)
				|| !optionalText(command.address(), MAX_ADDRESS) || !acceptable(command.details())
				|| !acceptable(command.repeat())) {
			return Optional.empty();
		}
		return member(command.circle(), command.postedBy()).filter(CircleView::canCoordinate).flatMap(circle -> {
			RequestDetails details = command.details() == null ? RequestDetails.NONE
					: command.details().forKind(command.kind());
			String what = command.kind().name().toLowerCase();
			if (command.repeat() != null) {
				ZoneId zone = zone(circle.community());
				var start = command.startsAt().atZone(zone);
				var end = command.endsAt().atZone(zone);
				// A series falls on a day within two weeks of its first, unless its last day cuts it short: then
				// there is nothing to ask for, and nothing is stored.
				if (!end.toLocalDate().equals(start.toLocalDate()) || Recurrence.days(start.toLocalDate(),
						command.repeat(), start.toLocalDate(), start.toLocalDate().plusDays(14)).isEmpty()) {
					return Optional.empty();
				}
				UUID series = UUID.randomUUID();
				List<RequestId> made = repeats.start(new Series.Row(series, circle.community().value(),
						circle.id().value(), command.repeat(), start.toLocalDate(), start.toLocalTime(),
						end.toLocalTime(), zone, start.toLocalDate().minusDays(1), Series.ACTIVE, command.kind(),
						command.helpers(), blankToNull(command.notes()), blankToNull(command.address()), details,
						circle.person().latitude(), circle.person().longitude(), command.postedBy(), now));
				audit.record(actor(command.postedBy()), AuditAction.CREATED,
						new RecordRef("helping", "series", series.toString()),
						"posted a repeating " + what + " request, " + made.size() + " occurrences so far");
				return made.stream().findFirst();
			}
			var row = new Requests.Row(UUID.randomUUID(), circle.community().value(), circle.id().value(),
					command.kind(), command.startsAt(), command.endsAt(), command.helpers(), 0,
					blankToNull(command.notes()), blankToNull(command.address()), Requests.OPEN, command.postedBy(),
					now, details, circle.person().latitude(), circle.person().longitude(), null, null, null);
			requests.insert(row);
			audit.record(actor(command.postedBy()), AuditAction.CREATED, record(row.id()), "posted a " + what + " request");
			events.publishEvent(new HelpRequested(circle.community(), circle.id(), new RequestId(row.id()),
					row.kind(), row.kind().domain(), row.startsAt(), row.endsAt(), now));
			return Optional.of(new RequestId(row.id()));
		});
	}

	private static boolean acceptable(RequestDetails details) {
		if (details == null) {
			return true;
		}
		return java.util.stream.Stream.of(details.diet(), details.allergies(), details.pickup(),
				details.destination(), details.mobilityAid()).allMatch(text -> optionalText(text, RequestDetails.MAX))
				&& (details.people() == null || details.people() >= 1 && details.people() <= 50);
	}

	private static boolean acceptable(Repeat repeat) {
		return repeat == null || repeat.frequency() != null
				&& (repeat.times() == null || repeat.times() >= 1 && repeat.times() <= Repeat.MAX_TIMES);
	}

	/**
	 * The one slot-claim: {@code helper}, a member of the circle, takes one of the request's free slots. With one
	 * slot left and two people claiming at once, exactly one gets it; the other is told it is already taken. It runs
	 * in a transaction of its own (a caller's transaction is suspended), so that a double click by the same person,
	 * which the database refuses, can be answered "already yours" instead of failing.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public ClaimResult claim(RequestId id, AccountId helper) {
		try {
			return transactions.execute(status -> claimInTransaction(id, helper, false));
		}
		catch (DuplicateKeyException sameHelperTwice) {
			// The same person asked twice at the same instant (a double click): the first one counted.
			return ClaimResult.ALREADY_YOURS;
		}
	}

	/**
	 * The slot-claim for a volunteer whom matching offered the request to (matching checked the offer): they need not
	 * be in the circle yet, and join it as a helper when they get the slot, so that they then see the request.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public ClaimResult claimOffered(RequestId id, AccountId volunteer) {
		try {
			return transactions.execute(status -> claimInTransaction(id, volunteer, true));
		}
		catch (DuplicateKeyException sameHelperTwice) {
			return ClaimResult.ALREADY_YOURS;
		}
	}

	private ClaimResult claimInTransaction(RequestId id, AccountId helper, boolean offered) {
		var found = offered ? requests.find(id.value()) : visible(id, helper).map(Found::row);
		if (found.isEmpty()) {
			return ClaimResult.NOT_FOUND;
		}
		Requests.Row row = found.get();
		Instant now = clock.instant();
		if (!row.open() || !row.endsAt().isAfter(now)) {
			return ClaimResult.CLOSED;
		}
		if (requests.pledges(List.of(row.id())).stream().anyMatch(p -> p.helper().equals(helper))) {
			return ClaimResult.ALREADY_YOURS;
		}
		if (!requests.takeSlot(row.id())) {
			audit.record(actor(helper), AuditAction.VIEWED, record(row.id()), "asked for a slot: already taken");
			return ClaimResult.ALREADY_TAKEN;
		}
		requests.commit(row.id(), helper, now, reminders.remindAt(helper, row.startsAt()).orElse(null));
		if (offered) {
			circles.joinAsHelper(circle(row), helper, "accepted a request offered to them");
		}
		audit.record(actor(helper), AuditAction.CHANGED, record(row.id()), "committed to help");
		events.publishEvent(new HelpCommitted(community(row), circle(row), id, row.kind(), row.kind().domain(),
				row.startsAt(), row.endsAt(), helper, now));
		return ClaimResult.CLAIMED;
	}

	/** A helper withdraws, saying why; the slot is free again and the coordinators are told. */
	@Transactional
	public boolean withdraw(RequestId id, AccountId helper, String reason) {
		if (!PlainText.acceptable(reason, MAX_THANKS)) {
			return false;
		}
		return visible(id, helper).filter(found -> found.row().open() && found.row().endsAt().isAfter(clock.instant()))
			.filter(found -> requests.withdraw(id.value(), helper)).map(found -> {
				Requests.Row row = found.row();
				CircleView circle = found.circle();
				audit.record(actor(helper), AuditAction.CHANGED, record(row.id()), "withdrew");
				List<HelpWithdrawn.Coordinator> coordinators = new ArrayList<>();
				circle.members().stream().filter(m -> m.role() == CircleRole.COORDINATOR)
					.filter(m -> !m.account().equals(helper))
					.forEach(m -> accounts.find(m.account()).ifPresent(a -> coordinators.add(
							new HelpWithdrawn.Coordinator(a.id(), a.displayName(), a.email(), a.language()))));
				String helperName = accounts.displayNames(List.of(helper)).getOrDefault(helper, "—");
				events.publishEvent(new HelpWithdrawn(community(row), circle(row), id, row.kind(), row.kind().domain(),
						row.startsAt(), row.endsAt(), helper, helperName, circle.person().name(),
						PlainTextCleaner.clean(reason), zone(circle.community()),
						baseUrl.link("/helping/requests/" + id), coordinators, clock.instant()));
				return true;
			}).isPresent();
	}

	/** After the end time, the helper or a coordinator says the help was given. */
	@Transactional
	public boolean complete(RequestId id, AccountId actor, AccountId helper) {
		Instant now = clock.instant();
		return visible(id, actor).filter(found -> found.row().open() && !found.row().endsAt().isAfter(now))
			.filter(found -> actor.equals(helper) || found.circle().canCoordinate())
			.filter(found -> requests.markDone(id.value(), helper, now)).map(found -> {
				Requests.Row row = found.row();
				audit.record(actor(actor), AuditAction.CHANGED, record(row.id()), "marked done");
				events.publishEvent(new HelpCompleted(community(row), circle(row), id, row.kind(),
						row.kind().domain(), row.startsAt(), row.endsAt(), helper, now));
				return true;
			}).isPresent();
	}

	/** The person or a coordinator thanks a helper for help given. */
	@Transactional
	public boolean thank(RequestId id, AccountId actor, AccountId helper, String text) {
		if (!PlainText.acceptable(text, MAX_THANKS)) {
			return false;
		}
		Instant now = clock.instant();
		String thanks = PlainTextCleaner.clean(text);
		return visible(id, actor).filter(found -> found.circle().canCoordinate())
			.filter(found -> requests.thank(id.value(), helper, thanks, now)).map(found -> {
				Requests.Row row = found.row();
				audit.record(actor(actor), AuditAction.CHANGED, record(row.id()), "sent thanks");
				var to = people.recipient(helper);
				if (to.isPresent()) {
					String from = accounts.displayNames(List.of(actor)).getOrDefault(actor, "—");
					events.publishEvent(new ThanksSent(community(row), circle(row), id, row.kind(),
							row.kind().domain(), row.startsAt(), row.endsAt(), helper, actor, thanks, to.get(), from,
							found.circle().person().name(), baseUrl.link("/helping/requests/" + id), now));
				}
				return true;
			}).isPresent();
	}

	/** One request as {@code viewer} may see it; empty when they are not in its circle. The read is audited. */
	public Optional<Commitment> find(RequestId id, AccountId viewer) {
		return seenBy(id, viewer).map(found -> {
			audit.record(actor(viewer), AuditAction.VIEWED, record(id.value()), "request");
			return found;
		});
	}

	/** For the calendar, which audits for itself: one request as {@code viewer} may see it. */
	Optional<Commitment> seenBy(RequestId id, AccountId viewer) {
		return visible(id, viewer).map(found -> new Commitment(
				views(List.of(found.row()), found.circle(), viewer).get(0), zone(found.circle().community())));
	}

	/** A circle's coming requests for one of its members; empty for anyone else. The read is audited. */
	public Optional<Agenda> agenda(CircleId id, AccountId viewer, boolean needsHelpOnly) {
		return member(id, viewer).map(circle -> {
			Instant now = clock.instant();
			List<Requests.Row> rows = requests.upcoming(id.value(), now, now.plus(AGENDA_WEEKS), AGENDA_MOST).stream()
				.filter(row -> row.open() || !needsHelpOnly)
				.filter(row -> !needsHelpOnly || row.taken() < row.slots())
				.toList();
			audit.record(actor(viewer), AuditAction.VIEWED, new RecordRef("helping", "agenda", id.toString()),
					rows.size() + " requests");
			return new Agenda(id, circle.person().name(), zone(circle.community()), circle.canCoordinate(),
					needsHelpOnly, views(rows, circle, viewer));
		});
	}

	/** Everything {@code helper} committed to, soonest first, in circles they are still in. The read is audited. */
	public List<Commitment> mine(AccountId helper) {
		List<Commitment> mine = committedBy(helper);
		audit.record(actor(helper), AuditAction.VIEWED, new RecordRef("helping", "commitments", helper.toString()),
				mine.size() + " commitments");
		return mine;
	}

	/** For the calendar, which audits for itself: what {@code helper} committed to, soonest first. */
	List<Commitment> committedBy(AccountId helper) {
		Map<UUID, List<Requests.Row>> byCircle = requests.committedBy(helper).stream()
			.collect(Collectors.groupingBy(Requests.Row::circle));
		List<Commitment> mine = new ArrayList<>();
		byCircle.forEach((circle, rows) -> member(new CircleId(circle), helper).ifPresent(view -> {
			ZoneId zone = zone(view.community());
			views(rows, view, helper).forEach(request -> mine.add(new Commitment(request, zone)));
		}));
		mine.sort((a, b) -> a.request().startsAt().compareTo(b.request().startsAt()));
		return mine;
	}

	/** The time zone a circle's times are entered and shown in: its community's. */
	public Optional<ZoneId> zoneOf(CircleId id, AccountId viewer) {
		return member(id, viewer).map(circle -> zone(circle.community()));
	}

	List<HelpRequestView> views(List<Requests.Row> rows, CircleView circle, AccountId viewer) {
		Instant now = clock.instant();
		var pledges = requests.pledges(rows.stream().map(Requests.Row::id).toList()).stream()
			.collect(Collectors.groupingBy(Requests.Pledge::request));
		Collection<AccountId> helperIds = pledges.values().stream().flatMap(List::stream)
			.map(Requests.Pledge::helper).distinct().toList();
		var names = accounts.displayNames(helperIds);
		return rows.stream().map(row -> {
			var helpers = pledges.getOrDefault(row.id(), List.of()).stream()
				.map(p -> new HelpRequestView.Helper(p.helper(), names.getOrDefault(p.helper(), "—"),
						Optional.ofNullable(p.doneAt()), Optional.ofNullable(p.thanks())))
				.toList();
			boolean yours = helpers.stream().anyMatch(h -> h.account().equals(viewer));
			boolean seesAddress = yours || circle.canCoordinate();
			return new HelpRequestView(new RequestId(row.id()), circle.id(), circle.person().name(), row.kind(),
					row.startsAt(), row.endsAt(), row.slots(), row.taken(), row.notes(),
					seesAddress ? Optional.ofNullable(row.address()) : Optional.empty(), !row.open(), helpers, yours,
					circle.canCoordinate(), !row.endsAt().isAfter(now), viewer, row.details(), row.series() != null,
					Optional.ofNullable(row.cancelReason()));
		}).toList();
	}

	record Found(Requests.Row row, CircleView circle) {
	}

	Optional<Found> visible(RequestId id, AccountId viewer) {
		return requests.find(id.value())
			.flatMap(row -> member(new CircleId(row.circle()), viewer).map(circle -> new Found(row, circle)));
	}

	private Optional<CircleView> member(CircleId id, AccountId viewer) {
		return circles.view(id, viewer).filter(view -> view.viewerRole().isPresent());
	}

	ZoneId zone(CommunityId community) {
		return communities.find(community).map(c -> c.timeZone()).orElse(settings.timeZone());
	}

	private static boolean optionalText(String text, int max) {
		return text == null || text.isBlank() || PlainText.acceptable(text, max);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : PlainTextCleaner.clean(text);
	}

	private static CommunityId community(Requests.Row row) {
		return new CommunityId(row.community());
	}

	private static CircleId circle(Requests.Row row) {
		return new CircleId(row.circle());
	}

	private static Actor actor(AccountId account) {
		return Actor.account(account.toString());
	}

	private static RecordRef record(UUID id) {
		return new RecordRef("helping", "request", id.toString());
	}
}
