package org.wraparound.communities;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.audit.AuditAction;
import org.wraparound.audit.AuditLog;
import org.wraparound.audit.RecordRef;
import org.wraparound.platform.BaseUrl;

/**
 * Starts communities, keeps their champions (and invites new ones), their neighbourhoods and public description,
 * and answers who champions what. Only a community's champions change it; for anyone else a change does nothing
 * and answers false or empty (which the web layer turns into 404).
 */
@Service
@Transactional(readOnly = true)
public class CommunityManagement {

	private final Communities communities;
	private final Neighbourhoods neighbourhoods;
	private final ChampionInvites invites;
	private final AccountManagement accounts;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final CommunitySettings settings;
	private final BaseUrl baseUrl;
	private final Clock clock;

	CommunityManagement(Communities communities, Neighbourhoods neighbourhoods, ChampionInvites invites,
			AccountManagement accounts, ApplicationEventPublisher events, AuditLog audit, CommunitySettings settings,
			BaseUrl baseUrl, Clock clock) {
		this.communities = communities;
		this.neighbourhoods = neighbourhoods;
		this.invites = invites;
		this.accounts = accounts;
		this.events = events;
		this.audit = audit;
		this.settings = settings;
		this.baseUrl = baseUrl;
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

	/** What the community does, as its champions wrote it. */
	public CommunityDescription description(CommunityId id) {
		return communities.findById(id.value()).map(Community::description).orElse(new CommunityDescription("", ""));
	}

	/** A champion rewrites what the community does; false when {@code actor} is not one of its champions. */
	@Transactional
	public boolean describe(CommunityId id, AccountId actor, CommunityDescription description) {
		return championed(id, actor).map(community -> {
			community.describe(description);
			communities.save(community);
			return true;
		}).orElse(false);
	}

	/** A community's neighbourhoods, by name. Public. */
	public List<Neighbourhood> neighbourhoods(CommunityId id) {
		return neighbourhoods.of(id);
	}

	/** A champion names a neighbourhood; empty when {@code actor} is not one of the community's champions. */
	@Transactional
	public Optional<NeighbourhoodId> addNeighbourhood(CommunityId id, AccountId actor, PlaceName place) {
		return championed(id, actor).map(community -> neighbourhoods.add(id, place, clock.instant()));
	}

	/** A champion renames or moves a neighbourhood, which keeps its id; false when not allowed or not found. */
	@Transactional
	public boolean changeNeighbourhood(CommunityId id, AccountId actor, NeighbourhoodId neighbourhood,
			PlaceName place) {
		return championed(id, actor).isPresent() && neighbourhoods.change(id, neighbourhood, place);
	}

	/** A champion removes a neighbourhood; false when not allowed or not found. */
	@Transactional
	public boolean removeNeighbourhood(CommunityId id, AccountId actor, NeighbourhoodId neighbourhood) {
		return championed(id, actor).isPresent() && neighbourhoods.remove(id, neighbourhood);
	}

	/** Whether another neighbourhood of the community already goes by this name (in any case). */
	public boolean neighbourhoodNameTaken(CommunityId id, String name, Optional<NeighbourhoodId> except) {
		return neighbourhoods.nameTaken(id, name, except.orElse(null));
	}

	/**
	 * A champion invites someone by email to co-champion the community, with an optional note in their own words.
	 * The invitation is mailed, in the inviter's language; false when {@code actor} is not a champion.
	 */
	@Transactional
	public boolean inviteChampion(CommunityId id, AccountId actor, String email, String note) {
		var inviter = accounts.find(actor);
		return championed(id, actor).filter(community -> inviter.isPresent()).map(community -> {
			var now = clock.instant();
			UUID invitation = UUID.randomUUID();
			String cleanNote = note == null ? "" : note.strip();
			String token = invites.issue(invitation, id, email.strip(), cleanNote, actor, now,
					settings.invitationValidFor());
			String link = baseUrl.link(UriComponentsBuilder.fromPath("/communities/invitation")
				.queryParam("token", token).build().toUriString());
			events.publishEvent(new ChampionInvitationSent(invitation, email.strip(), inviter.get().displayName(),
					community.name(), cleanNote, inviter.get().language(), link,
					now.plus(settings.invitationValidFor()), now));
			return true;
		}).orElse(false);
	}

	/** The community's invitations still open, newest first, for its champions; empty for anyone else. */
	public List<ChampionInvitation> openInvitations(CommunityId id, AccountId actor) {
		if (championed(id, actor).isEmpty()) {
			return List.of();
		}
		var open = invites.openFor(id, clock.instant());
		var names = accounts.displayNames(open.stream().map(ChampionInvites.Open::invitedBy).toList());
		return open.stream().map(invite -> new ChampionInvitation(invite.id(), invite.email(),
				names.getOrDefault(invite.invitedBy(), "—"), invite.sentAt(), invite.expiresAt())).toList();
	}

	/** A champion withdraws an open invitation: its link stops working. False when not allowed or not open. */
	@Transactional
	public boolean withdrawInvitation(CommunityId id, AccountId actor, UUID invitation) {
		return championed(id, actor).isPresent() && invites.withdraw(id, invitation, clock.instant());
	}

	/** What an invitation to co-champion offers, for the page its link opens; empty when the link no longer works. */
	public Optional<ChampionInvitationPreview> championInvitation(String token) {
		return invites.find(token, clock.instant()).flatMap(open -> communities.findById(open.community().value())
			.map(community -> new ChampionInvitationPreview(community.name(),
					accounts.find(open.invitedBy()).map(inviter -> inviter.displayName()).orElse("—"), open.note())));
	}

	/** Accepts an invitation to co-champion, for a signed-in person whose email address is confirmed. Audited. */
	@Transactional
	public ChampionJoinResult acceptChampionInvitation(String token, AccountId account) {
		if (invites.find(token, clock.instant()).isEmpty()) {
			return ChampionJoinResult.problem(ChampionJoinResult.Outcome.LINK_NOT_VALID);
		}
		if (!accounts.isVerified(account)) {
			return ChampionJoinResult.problem(ChampionJoinResult.Outcome.EMAIL_NOT_CONFIRMED);
		}
		return invites.use(token, account, clock.instant())
			.flatMap(open -> communities.findById(open.community().value()).map(community -> {
				addChampion(community.id(), account);
				return ChampionJoinResult.joined(community.slug());
			}))
			.orElse(ChampionJoinResult.problem(ChampionJoinResult.Outcome.LINK_NOT_VALID));
	}

	private Optional<Community> championed(CommunityId id, AccountId actor) {
		return communities.findById(id.value()).filter(community -> community.isChampion(actor));
	}

	private String freeSlug(String name) {
		String base = Slugs.of(name);
		String slug = base;
		for (int n = 2; communities.existsBySlug(slug) || Slugs.RESERVED.contains(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}
}
