package org.wraparound.circles;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.audit.Actor;
import org.wraparound.audit.AuditAction;
import org.wraparound.audit.AuditLog;
import org.wraparound.communities.CommunityId;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.directory.Directory;
import org.wraparound.directory.EntryId;
import org.wraparound.directory.Search;

/**
 * The support-network map of a circle: who helps with which support domain. Members of the circle see it;
 * coordinators (and the person) change it. Every read and change is written to the audit log.
 */
@Service
@Transactional(readOnly = true)
public class SupportNetwork {

	/** The longest name of someone outside the platform. */
	public static final int MAX_NAME = 100;

	private final Circles circles;
	private final Supporters supporters;
	private final AccountManagement accounts;
	private final Directory directory;
	private final CommunityManagement communities;
	private final AuditLog audit;
	private final Clock clock;

	SupportNetwork(Circles circles, Supporters supporters, AccountManagement accounts, Directory directory,
			CommunityManagement communities, AuditLog audit, Clock clock) {
		this.circles = circles;
		this.supporters = supporters;
		this.accounts = accounts;
		this.directory = directory;
		this.communities = communities;
		this.audit = audit;
		this.clock = clock;
	}

	/** The map as a member sees it; empty for anyone not in the circle. */
	public Optional<SupportMap> map(CircleId id, AccountId viewer) {
		return circles.findById(id.value()).flatMap(circle -> circle.roleOf(viewer).map(role -> {
			var names = accounts.displayNames(circle.memberIds().stream().map(AccountId::new).toList());
			List<CircleMember> members = circle.members().stream()
				.map(member -> new CircleMember(new AccountId(member.accountId()),
						names.getOrDefault(new AccountId(member.accountId()), "—"), CircleRole.valueOf(member.role())))
				.toList();
			String slug = communities.find(circle.community()).map(CommunitySummary::slug).orElse("");
			// Someone who left the circle is no longer shown as helping.
			var rows = supporters.of(id.value()).stream()
				.filter(row -> row.account().map(names::containsKey).orElse(true))
				.map(row -> supporter(row, names, circle.community(), slug))
				.toList();
			audit.record(Actor.account(viewer.toString()), AuditAction.VIEWED, CircleUpdates.record(id),
					"support map");
			return new SupportMap(id, circle.person(false).name(), rows, members,
					role.coordinates() ? groups(circle.community()) : List.of(), role.coordinates());
		}));
	}

	/**
	 * A coordinator names who helps with {@code domain}: a member of the circle, or (when {@code member} is empty)
	 * someone outside the platform by {@code name}. False when not allowed or not acceptable.
	 */
	@Transactional
	public boolean add(CircleId id, AccountId actor, SupportDomain domain, Optional<AccountId> member, String name) {
		if (member.isEmpty() && !PlainText.acceptable(name, MAX_NAME)) {
			return false;
		}
		return coordinated(id, actor).filter(circle -> member.map(m -> circle.roleOf(m).isPresent()).orElse(true))
			.map(circle -> {
				supporters.add(new Supporters.Row(UUID.randomUUID(), id.value(), domain, member,
						member.isPresent() ? null : PlainText.clean(name), Optional.empty()), actor,
						clock.instant().truncatedTo(ChronoUnit.MICROS));
				audit.record(Actor.account(actor.toString()), AuditAction.CHANGED, CircleUpdates.record(id),
						"support map: added a helper for " + domain.name().toLowerCase());
				return true;
			}).orElse(false);
	}

	/**
	 * A coordinator names a group of the community's asset map as helping with {@code domain}. False when not
	 * allowed, or when the entry is not in the circle's community's directory.
	 */
	@Transactional
	public boolean addGroup(CircleId id, AccountId actor, SupportDomain domain, EntryId entry) {
		return coordinated(id, actor).flatMap(circle -> directory.find(circle.community(), entry)).map(listing -> {
			supporters.add(new Supporters.Row(UUID.randomUUID(), id.value(), domain, Optional.empty(),
					PlainText.clean(listing.entry().name()), Optional.of(entry.value())), actor,
					clock.instant().truncatedTo(ChronoUnit.MICROS));
			audit.record(Actor.account(actor.toString()), AuditAction.CHANGED, CircleUpdates.record(id),
					"support map: added a group of the asset map for " + domain.name().toLowerCase());
			return true;
		}).orElse(false);
	}

	/** A coordinator takes a helper off the map; false when not allowed or not on this circle's map. */
	@Transactional
	public boolean remove(CircleId id, AccountId actor, UUID supporter) {
		return coordinated(id, actor).filter(circle -> supporters.remove(supporter, id.value())).map(circle -> {
			audit.record(Actor.account(actor.toString()), AuditAction.CHANGED, CircleUpdates.record(id),
					"support map: removed a helper");
			return true;
		}).orElse(false);
	}

	private SupportMap.Supporter supporter(Supporters.Row row, Map<AccountId, String> names, CommunityId community,
			String slug) {
		if (row.entry().isPresent()) {
			var entry = directory.find(community, new EntryId(row.entry().get()));
			return new SupportMap.Supporter(row.id(), row.domain(),
					entry.map(listing -> listing.entry().name()).orElse(row.name()), false,
					entry.map(listing -> "/communities/" + slug + "/directory/" + listing.entry().id()));
		}
		return new SupportMap.Supporter(row.id(), row.domain(), row.account().map(names::get).orElse(row.name()),
				row.account().isPresent());
	}

	private List<SupportMap.Group> groups(CommunityId community) {
		return directory.search(community, Search.all()).stream()
			.map(listing -> new SupportMap.Group(listing.entry().id().value(), listing.entry().name(),
					listing.entry().category().labelKey()))
			.toList();
	}

	private Optional<Circle> coordinated(CircleId id, AccountId actor) {
		return circles.findById(id.value())
			.filter(circle -> circle.roleOf(actor).map(CircleRole::coordinates).orElse(false));
	}
}
