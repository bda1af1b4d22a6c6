package org.wraparound.circles;

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
import org.wraparound.audit.Actor;
import org.wraparound.audit.AuditAction;
import org.wraparound.audit.AuditLog;
import org.wraparound.audit.RecordRef;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.platform.BaseUrl;

/**
 * Opens care circles and keeps them private. Every question names who is asking: members see their circle, the
 * community's champions may look in for triage, everyone else finds nothing (which the web layer answers with 404).
 * Every read and change is written to the audit log.
 */
@Service
@Transactional(readOnly = true)
public class CircleManagement {

	private final Circles circles;
	private final Invitations invitations;
	private final AccountManagement accounts;
	private final CommunityManagement communities;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final CircleSettings settings;
	private final BaseUrl baseUrl;
	private final Clock clock;

	CircleManagement(Circles circles, Invitations invitations, AccountManagement accounts,
			CommunityManagement communities, AuditLog audit, ApplicationEventPublisher events, CircleSettings settings,
			BaseUrl baseUrl, Clock clock) {
		this.circles = circles;
		this.invitations = invitations;
		this.accounts = accounts;
		this.communities = communities;
		this.audit = audit;
		this.events = events;
		this.settings = settings;
		this.baseUrl = baseUrl;
		this.clock = clock;
	}

	/**
	 * Opens a circle with its consent record. Only someone whose email address is confirmed may open one, in a
	 * community that exists; otherwise the result is empty.
	 */
	@Transactional
	public Optional<CircleId> open(OpenCircle command) {
		if (!accounts.isVerified(command.openedBy()) || communities.find(command.community()).isEmpty()
				|| command.openerRole() == CircleRole.HELPER) {
			return Optional.empty();
		}
		Circle circle = circles.save(Circle.open(command, clock.instant()));
		audit.record(Actor.account(command.openedBy().toString()), AuditAction.CREATED, record(circle.id()),
				"circle opened, consent given by " + command.consentGivenBy().name().toLowerCase());
		events.publishEvent(new CircleOpened(circle.community(), circle.id(), clock.instant()));
		return Optional.of(circle.id());
	}

	/** The circle as {@code viewer} may see it; empty when they may not. The read is audited. */
	public Optional<CircleView> view(CircleId id, AccountId viewer) {
		Optional<Circle> found = circles.findById(id.value());
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Circle circle = found.get();
		Optional<CircleRole> role = circle.roleOf(viewer);
		if (role.isEmpty() && !communities.isChampion(viewer, circle.community())) {
			return Optional.empty();
		}
		audit.record(Actor.account(viewer.toString()), AuditAction.VIEWED, record(id),
				role.map(r -> "as " + r.name().toLowerCase()).orElse("as champion"));
		var names = accounts.displayNames(circle.memberIds().stream().map(AccountId::new).toList());
		List<CircleMember> members = circle.members().stream()
			.map(member -> new CircleMember(new AccountId(member.accountId()),
					names.getOrDefault(new AccountId(member.accountId()), "—"), CircleRole.valueOf(member.role())))
			.toList();
		boolean seesAddress = role.map(CircleRole::coordinates).orElse(false);
		return Optional.of(new CircleView(circle.id(), circle.community(), circle.status(),
				circle.person(seesAddress), circle.needs(), members, role));
	}

	/**
	 * For a notice the system sends, not for a person to read: the person's name and the coordinators. The read is
	 * audited as the system's, with why it was made.
	 */
	public Optional<CircleBrief> brief(CircleId id, String why) {
		return circles.findById(id.value()).map(circle -> {
			audit.record(Actor.anonymous("system"), AuditAction.VIEWED, record(id), "brief for " + why);
			return new CircleBrief(circle.id(), circle.community(), circle.status(), circle.person(false).name(),
					circle.members().stream().filter(member -> CircleRole.valueOf(member.role()).coordinates())
						.map(member -> new AccountId(member.accountId())).toList());
		});
	}

	/**
	 * For matching, not for a person to read: the person's profile without the address (first name, languages,
	 * neighbourhood, approximate point, stated preferences). The read is audited as the system's, with why.
	 */
	public Optional<PersonProfile> profileForMatching(CircleId id, String why) {
		return circles.findById(id.value()).map(circle -> {
			audit.record(Actor.anonymous("system"), AuditAction.VIEWED, record(id), "profile for " + why);
			return circle.person(false);
		});
	}

	/**
	 * A volunteer who took a slot offered to them joins the circle as a helper (nothing changes for a member); false
	 * when there is no such circle. Only helping calls this, once the slot is theirs.
	 */
	@Transactional
	public boolean joinAsHelper(CircleId id, AccountId volunteer, String why) {
		return circles.findById(id.value()).map(circle -> {
			if (circle.join(volunteer, CircleRole.HELPER, clock.instant())) {
				circles.save(circle);
				audit.record(Actor.account(volunteer.toString()), AuditAction.CHANGED, record(id),
						"joined as helper: " + why);
			}
			return true;
		}).orElse(false);
	}

	/** The circles someone belongs to, newest first. */
	public List<CircleSummary> circlesOf(AccountId account) {
		return circles.findByMember(account.value()).stream()
			.map(circle -> new CircleSummary(circle.id(), circle.person(false).name(), circle.status(),
					circle.roleOf(account).orElse(CircleRole.HELPER)))
			.toList();
	}

	/** A coordinator records what is needed in each domain; false when {@code actor} may not. */
	@Transactional
	public boolean updateNeeds(CircleId id, AccountId actor, List<Need> needs) {
		return coordinated(id, actor).map(circle -> {
			needs.forEach(need -> circle.updateNeed(need, clock.instant()));
			circles.save(circle);
			audit.record(Actor.account(actor.toString()), AuditAction.CHANGED, record(id), "needs");
			return true;
		}).orElse(false);
	}

	/**
	 * A coordinator invites someone by email, as a helper or a coordinator. The invitation is mailed; false when
	 * {@code actor} may not invite.
	 */
	@Transactional
	public boolean invite(CircleId id, AccountId actor, String email, CircleRole role) {
		if (role == CircleRole.PERSON) {
			return false;
		}
		return coordinated(id, actor).map(circle -> {
			var now = clock.instant();
			String token = invitations.issue(id, email.strip(), role, actor, now, settings.invitationValidFor());
			var inviter = accounts.find(actor).orElseThrow();
			String link = baseUrl.link(UriComponentsBuilder.fromPath("/circles/invitation").queryParam("token", token)
				.build().toUriString());
			events.publishEvent(new CircleInvitationSent(UUID.randomUUID(), email.strip(), inviter.displayName(),
					circle.person(false).name(), role, inviter.language(), link,
					now.plus(settings.invitationValidFor()), now));
			audit.record(Actor.account(actor.toString()), AuditAction.CHANGED, record(id),
					"invited a " + role.name().toLowerCase());
			return true;
		}).orElse(false);
	}

	/** What an invitation offers, for the page the link opens; empty when the link no longer works. */
	public Optional<InvitationPreview> invitation(String token) {
		return invitations.find(token, clock.instant()).flatMap(open -> circles.findById(open.circle().value())
			.map(circle -> new InvitationPreview(circle.person(false).name(),
					accounts.find(open.invitedBy()).map(inviter -> inviter.displayName()).orElse("—"), open.role())));
	}

	/** Accepts an invitation for a signed-in person whose email address is confirmed. */
	@Transactional
	public JoinResult accept(String token, AccountId account) {
		if (invitations.find(token, clock.instant()).isEmpty()) {
			return JoinResult.problem(JoinResult.Outcome.LINK_NOT_VALID);
		}
		if (!accounts.isVerified(account)) {
			return JoinResult.problem(JoinResult.Outcome.EMAIL_NOT_CONFIRMED);
		}
		return invitations.use(token, account, clock.instant())
			.flatMap(open -> circles.findById(open.circle().value()).map(circle -> {
				if (circle.join(account, open.role(), clock.instant())) {
					circles.save(circle);
				}
				audit.record(Actor.account(account.toString()), AuditAction.CHANGED, record(circle.id()),
						"joined as " + open.role().name().toLowerCase());
				return JoinResult.joined(circle.id());
			}))
			.orElse(JoinResult.problem(JoinResult.Outcome.LINK_NOT_VALID));
	}

	/** A coordinator removes a member (never the last coordinator); false when not allowed. */
	@Transactional
	public boolean removeMember(CircleId id, AccountId actor, AccountId member) {
		return coordinated(id, actor).filter(circle -> circle.remove(member)).map(circle -> {
			circles.save(circle);
			audit.record(Actor.account(actor.toString()), AuditAction.CHANGED, record(id), "removed a member");
			return true;
		}).orElse(false);
	}

	/** A member leaves (unless they are the last one who coordinates); false when not possible. */
	@Transactional
	public boolean leave(CircleId id, AccountId member) {
		return circles.findById(id.value()).filter(circle -> circle.remove(member)).map(circle -> {
			circles.save(circle);
			audit.record(Actor.account(member.toString()), AuditAction.CHANGED, record(id), "left the circle");
			return true;
		}).orElse(false);
	}

	private Optional<Circle> coordinated(CircleId id, AccountId actor) {
		return circles.findById(id.value())
			.filter(circle -> circle.roleOf(actor).map(CircleRole::coordinates).orElse(false));
	}

	private static RecordRef record(CircleId id) {
		return new RecordRef("circles", "circle", id.toString());
	}
}
