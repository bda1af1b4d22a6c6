package org.wraparound.helping;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

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
import org.wraparound.circles.CircleBrief;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.CircleManagement;
import org.wraparound.communities.CommunityId;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.platform.BaseUrl;

/**
 * A set time before it starts (48 hours by default), a request that still needs helpers is announced once, to the
 * circle's coordinators and the community's champions ({@link HelpUnfilled}); matching hears it too.
 */
@Service
class UnfilledNotices {

	private static final int BATCH = 100;

	private final Requests requests;
	private final HelpSettings settings;
	private final CircleManagement circles;
	private final CommunityManagement communities;
	private final People people;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final BaseUrl baseUrl;
	private final Clock clock;
	private final TransactionTemplate transactions;

	UnfilledNotices(Requests requests, HelpSettings settings, CircleManagement circles,
			CommunityManagement communities, People people, ApplicationEventPublisher events, AuditLog audit,
			BaseUrl baseUrl, Clock clock, PlatformTransactionManager transactionManager) {
		this.requests = requests;
		this.settings = settings;
		this.circles = circles;
		this.communities = communities;
		this.people = people;
		this.events = events;
		this.audit = audit;
		this.baseUrl = baseUrl;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Announces what is due now, one request per transaction; how many were announced. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	int announceDue() {
		Instant now = clock.instant();
		int announced = 0;
		for (Requests.Row row : requests.dueUnfilled(now, now.plus(settings.unfilledNotice()), BATCH)) {
			if (Boolean.TRUE.equals(transactions.execute(status -> announce(row)))) {
				announced++;
			}
		}
		return announced;
	}

	private boolean announce(Requests.Row row) {
		Instant now = clock.instant();
		if (!requests.claimUnfilled(row.id(), now)) {
			return false;
		}
		var circle = circles.brief(new CircleId(row.circle()), "a request still needing helpers");
		var community = communities.find(new CommunityId(row.community()));
		if (circle.isEmpty() || community.isEmpty()) {
			return false;
		}
		List<Recipient> coordinators = people.recipients(circle.map(CircleBrief::coordinators).orElseThrow());
		List<Recipient> champions = people.champions(community.get().id()).stream()
			.filter(champion -> coordinators.stream().noneMatch(c -> c.account().equals(champion.account())))
			.toList();
		audit.record(Actor.anonymous("system"), AuditAction.VIEWED,
				new RecordRef("helping", "request", row.id().toString()), "announced as still needing helpers");
		events.publishEvent(new HelpUnfilled(community.get().id(), circle.get().id(), new RequestId(row.id()),
				row.kind(), row.kind().domain(), row.startsAt(), row.endsAt(), row.slots() - row.taken(),
				circle.get().personName(), community.get().timeZone(), baseUrl.link("/helping/requests/" + row.id()),
				coordinators, champions, now));
		return true;
	}
}
