package org.wraparound.communities;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.audit.Actor;
import org.wraparound.audit.AuditAction;
import org.wraparound.audit.AuditLog;
import org.wraparound.audit.RecordRef;

/**
 * The Compassionate City Charter tracker. Anyone may see a community's actions and progress (they are public
 * work); only its champions record, change or remove them. The first time an action is marked done,
 * {@link CharterActionDone} is published.
 */
@Service
@Transactional(readOnly = true)
public class Charter {

	public static final int MAX_TITLE = 200;

	public static final int MAX_NOTES = 2000;

	private final CharterActions actions;
	private final CommunityManagement communities;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;

	Charter(CharterActions actions, CommunityManagement communities, ApplicationEventPublisher events, AuditLog audit,
			Clock clock) {
		this.actions = actions;
		this.communities = communities;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	public List<CharterAction> actions(CommunityId community) {
		return actions.of(community);
	}

	/** Every sector, in the charter's order, with its counts. */
	public CharterProgress progress(CommunityId community) {
		List<CharterAction> all = actions.of(community);
		return new CharterProgress(Arrays.stream(CharterSector.values())
			.map(sector -> new CharterProgress.Sector(sector, count(all, sector, CharterStatus.PLANNED),
					count(all, sector, CharterStatus.UNDER_WAY), count(all, sector, CharterStatus.DONE)))
			.toList());
	}

	/** Records an action; empty when {@code champion} is not one of the community's, or the text breaks a rule. */
	@Transactional
	public Optional<UUID> record(CommunityId community, AccountId champion, RecordCharterAction command) {
		if (!communities.isChampion(champion, community) || command.sector() == null || command.status() == null
				|| !text(command.title(), MAX_TITLE, true) || !text(command.partner(), MAX_TITLE, false)
				|| !text(command.notes(), MAX_NOTES, false)) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		var action = new CharterAction(UUID.randomUUID(), command.sector(), command.title().strip(),
				blank(command.partner()), command.status(), blank(command.notes()),
				command.status() == CharterStatus.DONE ? Optional.of(now) : Optional.empty());
		actions.insert(community, action, champion, now);
		audited(community, champion, "charter action recorded: " + action.sector());
		if (command.status() == CharterStatus.DONE) {
			events.publishEvent(new CharterActionDone(community, action.id(), action.sector(), now));
		}
		return Optional.of(action.id());
	}

	/** Changes an action's status, partner and notes; false when it is not this community's or not a champion. */
	@Transactional
	public boolean update(CommunityId community, AccountId champion, UUID id, CharterStatus status, String partner,
			String notes) {
		if (!communities.isChampion(champion, community) || status == null || !text(partner, MAX_TITLE, false)
				|| !text(notes, MAX_NOTES, false)) {
			return false;
		}
		var before = actions.find(community, id);
		Instant now = clock.instant();
		if (before.isEmpty() || !actions.update(community, id, status, blank(partner).orElse(null),
				blank(notes).orElse(null), champion, now)) {
			return false;
		}
		audited(community, champion, "charter action changed: " + status);
		if (status == CharterStatus.DONE && before.get().doneAt().isEmpty()) {
			events.publishEvent(new CharterActionDone(community, id, before.get().sector(), now));
		}
		return true;
	}

	@Transactional
	public boolean remove(CommunityId community, AccountId champion, UUID id) {
		if (!communities.isChampion(champion, community) || !actions.remove(community, id)) {
			return false;
		}
		audited(community, champion, "charter action removed");
		return true;
	}

	private void audited(CommunityId community, AccountId champion, String what) {
		audit.record(Actor.account(champion.toString()), AuditAction.CHANGED,
				new RecordRef("communities", "charter", community.toString()), what);
	}

	private static int count(List<CharterAction> all, CharterSector sector, CharterStatus status) {
		return (int) all.stream().filter(a -> a.sector() == sector && a.status() == status).count();
	}

	private static boolean text(String text, int max, boolean required) {
		if (text == null || text.isBlank()) {
			return !required;
		}
		return text.strip().length() <= max && text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F);
	}

	private static Optional<String> blank(String text) {
		return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
	}
}
