package org.wraparound.circles;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.audit.Actor;
import org.wraparound.audit.AuditAction;
import org.wraparound.audit.AuditLog;
import org.wraparound.audit.RecordRef;

/**
 * A circle's updates feed: coordinators and the person post news, every member comments, and each member may ask
 * for a daily summary by email. Every question is checked against the circle's own members (a circle the asker
 * is not in gives an empty answer), and every read and change is written to the audit log.
 */
@Service
@Transactional(readOnly = true)
public class CircleUpdates {

	/** Updates on one page of the feed. */
	public static final int PAGE_SIZE = 20;

	/** The longest update, in characters. */
	public static final int MAX_UPDATE = 4000;

	/** The longest comment, in characters. */
	public static final int MAX_COMMENT = 2000;

	private final Circles circles;
	private final Updates updates;
	private final Digests digests;
	private final AccountManagement accounts;
	private final AuditLog audit;
	private final Clock clock;

	CircleUpdates(Circles circles, Updates updates, Digests digests, AccountManagement accounts, AuditLog audit,
			Clock clock) {
		this.circles = circles;
		this.updates = updates;
		this.digests = digests;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** One page of the feed (0 for the newest) as a member sees it; empty for anyone not in the circle. */
	public Optional<UpdateFeed> feed(CircleId id, AccountId viewer, int page) {
		int safePage = Math.max(0, Math.min(page, 10_000));
		return roleIn(id, viewer).map(role -> {
			List<Updates.Row> rows = updates.newest(id.value(), safePage * PAGE_SIZE, PAGE_SIZE + 1);
			List<Updates.Row> shown = rows.subList(0, Math.min(rows.size(), PAGE_SIZE));
			var comments = updates.commentsOn(shown.stream().map(Updates.Row::id).toList());
			Set<AccountId> authors = new HashSet<>();
			shown.forEach(row -> authors.add(row.author()));
			comments.forEach(comment -> authors.add(comment.author()));
			Map<AccountId, String> names = accounts.displayNames(authors);
			var byUpdate = comments.stream().collect(Collectors.groupingBy(Updates.Comment::update));
			List<CircleUpdate> shownUpdates = new ArrayList<>();
			for (Updates.Row row : shown) {
				shownUpdates.add(new CircleUpdate(row.id(), names.getOrDefault(row.author(), "—"), row.postedAt(), row.body(),
						byUpdate.getOrDefault(row.id(), List.of()).stream()
							.map(c -> new CircleUpdate.Comment(c.id(), names.getOrDefault(c.author(), "—"),
									c.postedAt(), c.body()))
							.toList()));
			}
			audit.record(Actor.account(viewer.toString()), AuditAction.VIEWED, record(id), "updates page " + safePage);
			return new UpdateFeed(id, safePage, shownUpdates, rows.size() > PAGE_SIZE, role.coordinates(),
					digests.wants(id.value(), viewer));
		});
	}

	/**
	 * A coordinator (or the person) posts an update. Empty when {@code author} may not post in this circle or the
	 * text is not acceptable plain text (see {@link PlainText}).
	 */
	@Transactional
	public Optional<UUID> post(CircleId id, AccountId author, String text) {
		if (!PlainText.acceptable(text, MAX_UPDATE)) {
			return Optional.empty();
		}
		return roleIn(id, author).filter(CircleRole::coordinates).map(role -> {
			UUID update = UUID.randomUUID();
			updates.post(new Updates.Row(update, id.value(), author, PlainText.clean(text), now()));
			audit.record(Actor.account(author.toString()), AuditAction.CREATED, record(id), "update " + update);
			return update;
		});
	}

	/** A member comments on one of the circle's updates; false when they may not or the text is not acceptable. */
	@Transactional
	public boolean comment(CircleId id, UUID update, AccountId author, String text) {
		if (!PlainText.acceptable(text, MAX_COMMENT) || roleIn(id, author).isEmpty()
				|| !updates.isIn(update, id.value())) {
			return false;
		}
		updates.comment(new Updates.Comment(UUID.randomUUID(), update, author, PlainText.clean(text), now()));
		audit.record(Actor.account(author.toString()), AuditAction.CREATED, record(id), "comment on update " + update);
		return true;
	}

	/** A member asks for (or stops) the daily summary by email; false when they are not in the circle. */
	@Transactional
	public boolean chooseDigest(CircleId id, AccountId member, boolean wanted) {
		if (roleIn(id, member).isEmpty()) {
			return false;
		}
		if (wanted) {
			digests.subscribe(id.value(), member, now());
		}
		else {
			digests.unsubscribe(id.value(), member);
		}
		audit.record(Actor.account(member.toString()), AuditAction.CHANGED, record(id),
				wanted ? "asked for the daily summary" : "stopped the daily summary");
		return true;
	}

	private Optional<CircleRole> roleIn(CircleId id, AccountId account) {
		return circles.findById(id.value()).flatMap(circle -> circle.roleOf(account));
	}

	private java.time.Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	static RecordRef record(CircleId id) {
		return new RecordRef("circles", "circle", id.toString());
	}
}
