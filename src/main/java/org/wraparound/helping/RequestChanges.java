package org.wraparound.helping;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.audit.Actor;
import org.wraparound.audit.AuditAction;
import org.wraparound.audit.AuditLog;
import org.wraparound.audit.RecordRef;
import org.wraparound.circles.CircleBrief;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.CircleManagement;
import org.wraparound.circles.CircleView;
import org.wraparound.circles.PlainText;
import org.wraparound.communities.CommunityId;
import org.wraparound.platform.BaseUrl;

/**
 * What a coordinator does to a request once posted: change it, call it off, stop a series from repeating. When a
 * request is changed or called off, those who committed are told (gently, when the person died). Only the circle's
 * coordinators may; for anyone else the request is not there.
 */
@Service
@Transactional
public class RequestChanges {

	private final HelpRequests help;
	private final Requests requests;
	private final Series series;
	private final Reminders reminders;
	private final People people;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final CircleManagement circles;
	private final BaseUrl baseUrl;

	RequestChanges(HelpRequests help, Requests requests, Series series, Reminders reminders, People people,
			AuditLog audit, ApplicationEventPublisher events, Clock clock, CircleManagement circles, BaseUrl baseUrl) {
		this.baseUrl = baseUrl;
		this.circles = circles;
		this.help = help;
		this.requests = requests;
		this.series = series;
		this.reminders = reminders;
		this.people = people;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Changes one request (one occurrence alone, when it repeats). False when it may not be changed: not a
	 * coordinator, already over or called off, a time in the past or ending before it starts, fewer helpers than have
	 * already said yes, or text that is not plain.
	 */
	public boolean change(ChangeHelpRequest change) {
		Instant now = clock.instant();
		if (change.startsAt() == null || change.endsAt() == null || !change.endsAt().isAfter(change.startsAt())
				|| !change.startsAt().isAfter(now) || change.helpers() < 1 || change.helpers() > 10
				|| !optional(change.notes(), HelpRequests.MAX_NOTES)
				|| !optional(change.address(), HelpRequests.MAX_ADDRESS)) {
			return false;
		}
		return coordinated(change.request(), change.changedBy()).filter(found -> found.row().endsAt().isAfter(now))
			.filter(found -> {
				Requests.Row row = found.row();
				RequestDetails details = change.details() == null ? RequestDetails.NONE
						: change.details().forKind(row.kind());
				return requests.change(new Requests.Row(row.id(), row.community(), row.circle(), row.kind(),
						change.startsAt(), change.endsAt(), change.helpers(), row.taken(), clean(change.notes()),
						clean(change.address()), row.status(), row.postedBy(), row.postedAt(), details,
						row.latitude(), row.longitude(), row.series(), row.occursOn(), null));
			})
			.map(found -> {
				for (Requests.Pledge pledge : requests.pledges(List.of(found.row().id()))) {
					requests.remindAt(found.row().id(), pledge.helper(),
							reminders.remindAt(pledge.helper(), change.startsAt()).orElse(null));
				}
				audit.record(Actor.account(change.changedBy().toString()), AuditAction.CHANGED,
						record(found.row()), "changed");
				Requests.Row row = found.row();
				List<Recipient> helpers = helpersOf(row).stream()
					.filter(helper -> !helper.account().equals(change.changedBy())).toList();
				boolean moved = !row.startsAt().equals(change.startsAt()) || !row.endsAt().equals(change.endsAt());
				if (moved) {
					events.publishEvent(new HelpChanged(found.circle().community(), found.circle().id(),
							change.request(), row.kind(), row.kind().domain(), change.startsAt(), change.endsAt(),
							row.startsAt(), found.circle().person().name(), help.zone(found.circle().community()),
							baseUrl.link("/helping/requests/" + change.request()), helpers, now));
				}
				return true;
			}).orElse(false);
	}

	/** Calls off one request (one occurrence alone, when it repeats); those who committed are told. */
	public boolean cancel(RequestId id, AccountId coordinator, String note) {
		if (!optional(note, HelpRequests.MAX_THANKS)) {
			return false;
		}
		return coordinated(id, coordinator).filter(found -> found.row().open())
			.filter(found -> cancelled(found.row(), found.circle(), HelpCancelled.Why.CALLED_OFF, clean(note),
					Actor.account(coordinator.toString())))
			.isPresent();
	}

	/**
	 * Stops a series from repeating: this occurrence and every later one still open are called off, and no more are
	 * made. False when the request does not repeat.
	 */
	public boolean stopRepeating(RequestId id, AccountId coordinator, String note) {
		if (!optional(note, HelpRequests.MAX_THANKS)) {
			return false;
		}
		return coordinated(id, coordinator).filter(found -> found.row().series() != null).map(found -> {
			series.stop(found.row().series());
			Actor actor = Actor.account(coordinator.toString());
			audit.record(actor, AuditAction.CHANGED, new RecordRef("helping", "series", found.row().series().toString()),
					"stopped repeating");
			for (Requests.Row row : requests.openInSeriesFrom(found.row().series(), found.row().occursOn())) {
				cancelled(row, found.circle(), HelpCancelled.Why.CALLED_OFF, clean(note), actor);
			}
			return true;
		}).orElse(false);
	}

	/** For the listener that hears of a death: the circle's open requests are called off. */
	void cancelOpen(CircleId circle, CommunityId community) {
		Instant now = clock.instant();
		String name = circles.brief(circle, "telling helpers of a death").map(CircleBrief::personName).orElse(null);
		for (Requests.Row row : requests.cancelOpen(circle.value(), now)) {
			audit.record(Actor.anonymous("system"), AuditAction.CHANGED, record(row), "cancelled: the person died");
			events.publishEvent(new HelpCancelled(community, circle, new RequestId(row.id()), row.kind(),
					row.kind().domain(), row.startsAt(), row.endsAt(), HelpCancelled.Why.PERSON_DIED, null,
					name, help.zone(community), helpersOf(row), now));
		}
	}

	private boolean cancelled(Requests.Row row, CircleView circle, HelpCancelled.Why why, String note, Actor actor) {
		if (!requests.cancel(row.id(), note)) {
			return false;
		}
		audit.record(actor, AuditAction.CHANGED, record(row), "called off");
		events.publishEvent(new HelpCancelled(circle.community(), circle.id(), new RequestId(row.id()), row.kind(),
				row.kind().domain(), row.startsAt(), row.endsAt(), why, note, circle.person().name(),
				help.zone(circle.community()), helpersOf(row), clock.instant()));
		return true;
	}

	private List<Recipient> helpersOf(Requests.Row row) {
		List<AccountId> helpers = new ArrayList<>();
		requests.pledges(List.of(row.id())).forEach(pledge -> helpers.add(pledge.helper()));
		return people.recipients(helpers);
	}

	private Optional<HelpRequests.Found> coordinated(RequestId id, AccountId coordinator) {
		return help.visible(id, coordinator).filter(found -> found.circle().canCoordinate());
	}

	private static boolean optional(String text, int max) {
		return text == null || text.isBlank() || PlainText.acceptable(text, max);
	}

	private static String clean(String text) {
		return text == null || text.isBlank() ? null : PlainTextCleaner.clean(text);
	}

	private static RecordRef record(Requests.Row row) {
		return new RecordRef("helping", "request", row.id().toString());
	}
}
