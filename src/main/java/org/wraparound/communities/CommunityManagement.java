package org.wraparound.communities;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.audit.AuditAction;
import org.wraparound.audit.AuditLog;
import org.wraparound.audit.RecordRef;

/** Starts communities, keeps their champions, and answers who champions what. */
@Service
@Transactional(readOnly = true)
public class CommunityManagement {

	private final Communities communities;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;

	CommunityManagement(Communities communities, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
		this.communities = communities;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** Starts a community with its first champion and gives it a web address of its own. */
	@Transactional
	public CommunitySummary start(StartCommunity command) {
		Community community = communities.save(Community.start(command, freeSlug(command.name()), clock.instant()));
		events.publishEvent(new CommunityCreated(community.id(), community.name(), community.timeZone(),
				command.champion(), clock.instant()));
		return community.summary();
	}

	/** Makes {@code account} a champion of {@code community}; true when that is new. The change is audited. */
	@Transactional
	public boolean addChampion(CommunityId community, AccountId account) {
		var found = communities.findById(community.value());
		if (found.isEmpty() || !found.get().addChampion(account, clock.instant())) {
			return false;
		}
		communities.save(found.get());
		audit.recordForCurrentUser(AuditAction.ROLE_CHANGED, record(community), "champion added: " + account);
		return true;
	}

	/** Removes a champion, unless they are the last one; true when removed. The change is audited. */
	@Transactional
	public boolean removeChampion(CommunityId community, AccountId account) {
		var found = communities.findById(community.value());
		if (found.isEmpty() || !found.get().removeChampion(account)) {
			return false;
		}
		communities.save(found.get());
		audit.recordForCurrentUser(AuditAction.ROLE_CHANGED, record(community), "champion removed: " + account);
		return true;
	}

	private static RecordRef record(CommunityId community) {
		return new RecordRef("communities", "community", community.toString());
	}

	public boolean isChampion(AccountId account, CommunityId community) {
		return communities.findById(community.value()).map(found -> found.isChampion(account)).orElse(false);
	}

	public Optional<CommunitySummary> findBySlug(String slug) {
		if (slug == null || slug.length() > Slugs.MAX_LENGTH) {
			return Optional.empty();
		}
		return communities.findBySlug(slug).map(Community::summary);
	}

	public Optional<CommunitySummary> find(CommunityId id) {
		return communities.findById(id.value()).map(Community::summary);
	}

	public List<CommunitySummary> all() {
		return communities.findAllByOrderByName().stream().map(Community::summary).toList();
	}

	private String freeSlug(String name) {
		String base = Slugs.of(name);
		String slug = base;
		for (int n = 2; communities.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}
}
