package org.wraparound.helping;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.wraparound.accounts.AccountId;
import org.wraparound.audit.Actor;
import org.wraparound.audit.AuditAction;
import org.wraparound.audit.AuditLog;
import org.wraparound.audit.RecordRef;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.CircleManagement;
import org.wraparound.communities.CommunityId;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.platform.BaseUrl;

/**
 * Reminders before each commitment, at the time each helper chose (24 hours before unless they said otherwise, or
 * none). A periodic job asks for the due ones; each is claimed by one conditional update and announced in the same
 * transaction, so it goes out once, whichever node runs the job and however often it restarts.
 */
@Service
public class Reminders {

	/** The choices offered, in hours before; 0 is "no reminders". */
	public static final java.util.List<Integer> CHOICES = java.util.List.of(0, 2, 24, 48);

	private static final int BATCH = 100;

	private final Requests requests;
	private final ReminderSettings choices;
	private final HelpSettings settings;
	private final CircleManagement circles;
	private final CommunityManagement communities;
	private final People people;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final BaseUrl baseUrl;
	private final Clock clock;
	private final TransactionTemplate transactions;

	Reminders(Requests requests, ReminderSettings choices, HelpSettings settings, CircleManagement circles,
			CommunityManagement communities, People people, ApplicationEventPublisher events, AuditLog audit,
			BaseUrl baseUrl, Clock clock, PlatformTransactionManager transactionManager) {
		this.requests = requests;
		this.choices = choices;
		this.settings = settings;
		this.circles = circles;
		this.communities = communities;
		this.people = people;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.baseUrl = baseUrl;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** When to remind {@code helper} of something starting at {@code startsAt}; empty when not at all. */
	Optional<Instant> remindAt(AccountId helper, Instant startsAt) {
		Duration before = hoursBefore(helper).map(Duration::ofHours).orElse(settings.reminderBefore());
		Instant at = startsAt.minus(before);
		return before.isZero() || !at.isAfter(clock.instant()) ? Optional.empty() : Optional.of(at);
	}

	/** How many hours before a helper wants reminding, if they chose. */
	public Optional<Integer> hoursBefore(AccountId helper) {
		return choices.hoursBefore(helper);
	}

	/** The helper's choice, applied to their coming commitments not yet reminded of. */
	@Transactional
	public boolean choose(AccountId helper, int hours) {
		if (!CHOICES.contains(hours)) {
			return false;
		}
		choices.choose(helper, hours);
		for (Requests.Row row : requests.awaitingReminder(helper, clock.instant())) {
			requests.remindAt(row.id(), helper, remindAt(helper, row.startsAt()).orElse(null));
		}
		return true;
	}

	/** Sends what is due now, one reminder per transaction; how many were sent. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int sendDue() {
		int sent = 0;
		for (Requests.DueReminder due : requests.dueReminders(clock.instant(), BATCH)) {
			if (Boolean.TRUE.equals(transactions.execute(status -> send(due)))) {
				sent++;
			}
		}
		return sent;
	}

	private boolean send(Requests.DueReminder due) {
		Instant now = clock.instant();
		if (!requests.claimReminder(due.request(), due.helper(), now)) {
			return false;
		}
		var row = requests.find(due.request()).orElseThrow();
		var helper = people.recipient(due.helper());
		var circle = circles.brief(new CircleId(row.circle()), "a reminder");
		if (helper.isEmpty() || circle.isEmpty()) {
			return false;
		}
		var zone = communities.find(new CommunityId(row.community())).map(c -> c.timeZone())
			.orElse(java.time.ZoneOffset.UTC);
		audit.record(Actor.anonymous("system"), AuditAction.VIEWED,
				new RecordRef("helping", "request", row.id().toString()), "reminder sent to " + due.helper());
		events.publishEvent(new HelpReminderDue(new CommunityId(row.community()), new CircleId(row.circle()),
				new RequestId(row.id()), row.kind(), row.startsAt(), row.endsAt(), helper.get(),
				circle.get().personName(), row.address(), zone, baseUrl.link("/helping/requests/" + row.id()), now));
		return true;
	}
}
