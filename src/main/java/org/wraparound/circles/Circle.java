package org.wraparound.circles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;

@Table("circles_circle")
class Circle {

	@Id
	private final UUID id;
	private final UUID communityId;
	private String firstName;
	private String called;
	private String languages;
	private String helperPreferences;
	private boolean prefersWomenHelpers;
	private boolean prefersMenHelpers;
	private Double latitude;
	private Double longitude;
	private String neighbourhood;
	private String address;
	private String accessibilityNotes;
	private String status;
	private final Instant openedAt;
	private final UUID openedBy;
	private LocalDate diedOn;
	private Instant closedAt;
	private String closedReason;
	@MappedCollection(idColumn = "circle_id")
	private Set<Member> members = new HashSet<>();
	@MappedCollection(idColumn = "circle_id")
	private Set<NeedRow> needs = new HashSet<>();
	@MappedCollection(idColumn = "circle_id")
	private Set<Consent> consents = new HashSet<>();
	@Version
	private Long version;

	Circle(UUID id, UUID communityId, Instant openedAt, UUID openedBy) {
		this.id = id;
		this.communityId = communityId;
		this.openedAt = openedAt;
		this.openedBy = openedBy;
		this.status = CircleStatus.OPEN.name();
	}

	static Circle open(OpenCircle command, Instant now) {
		Circle circle = new Circle(UUID.randomUUID(), command.community().value(), now, command.openedBy().value());
		circle.describe(command.person());
		circle.members.add(new Member(command.openedBy().value(), command.openerRole().name(), now));
		for (String purpose : new String[] { "SUPPORT", "SHARE_WITH_CIRCLE" }) {
			circle.consents.add(new Consent(UUID.randomUUID(), purpose, command.consentGivenBy().name(),
					command.consentGiverName().strip(), now, command.openedBy().value()));
		}
		for (SupportDomain domain : SupportDomain.values()) {
			circle.needs.add(new NeedRow(domain.name(), null, Coverage.NOT_COVERED.name(), now));
		}
		return circle;
	}

	void describe(PersonProfile person) {
		this.firstName = person.firstName().strip();
		this.called = blankToNull(person.called());
		this.languages = String.join(",", person.languages());
		this.helperPreferences = blankToNull(person.helperPreferences());
		this.prefersWomenHelpers = person.prefersWomenHelpers();
		this.prefersMenHelpers = person.prefersMenHelpers();
		this.latitude = person.latitude();
		this.longitude = person.longitude();
		this.neighbourhood = blankToNull(person.neighbourhood());
		this.address = blankToNull(person.address());
		this.accessibilityNotes = blankToNull(person.accessibilityNotes());
	}

	Optional<CircleRole> roleOf(AccountId account) {
		return members.stream().filter(member -> member.accountId().equals(account.value()))
			.map(member -> CircleRole.valueOf(member.role())).findFirst();
	}

	/** Adds a member; someone already in the circle keeps their role. */
	boolean join(AccountId account, CircleRole role, Instant now) {
		if (roleOf(account).isPresent()) {
			return false;
		}
		return members.add(new Member(account.value(), role.name(), now));
	}

	/** Removes a member, but never the last one who can coordinate. */
	boolean remove(AccountId account) {
		Optional<CircleRole> role = roleOf(account);
		if (role.isEmpty()) {
			return false;
		}
		long coordinators = members.stream().filter(member -> CircleRole.valueOf(member.role()).coordinates()).count();
		if (role.get().coordinates() && coordinators <= 1) {
			return false;
		}
		return members.removeIf(member -> member.accountId().equals(account.value()));
	}

	void updateNeed(Need need, Instant now) {
		needs.removeIf(row -> row.domain().equals(need.domain().name()));
		needs.add(new NeedRow(need.domain().name(), blankToNull(need.notes()), need.coverage().name(), now));
	}

	/** The person died: the circle turns to the bereaved. False when it is not open (a death is recorded once). */
	boolean recordDeath(LocalDate date) {
		if (status() != CircleStatus.OPEN) {
			return false;
		}
		this.diedOn = date;
		this.status = CircleStatus.BEREAVEMENT.name();
		return true;
	}

	/** Closes the circle for a reason; false when it is closed already. */
	boolean close(String reason, Instant now) {
		if (status() == CircleStatus.CLOSED) {
			return false;
		}
		this.status = CircleStatus.CLOSED.name();
		this.closedAt = now;
		this.closedReason = reason.strip();
		return true;
	}

	Optional<LocalDate> diedOn() {
		return Optional.ofNullable(diedOn);
	}

	CircleId id() {
		return new CircleId(id);
	}

	CommunityId community() {
		return new CommunityId(communityId);
	}

	CircleStatus status() {
		return CircleStatus.valueOf(status);
	}

	Set<UUID> memberIds() {
		Set<UUID> ids = new HashSet<>();
		members.forEach(member -> ids.add(member.accountId()));
		return ids;
	}

	List<Member> members() {
		return members.stream().sorted(Comparator.comparing(Member::joinedAt)).toList();
	}

	PersonProfile person(boolean withAddress) {
		return new PersonProfile(firstName, called, Arrays.asList(languages.split(",")), helperPreferences,
				prefersWomenHelpers, prefersMenHelpers, latitude, longitude, neighbourhood,
				withAddress ? address : null, accessibilityNotes);
	}

	List<Need> needs() {
		return needs.stream().map(row -> new Need(SupportDomain.valueOf(row.domain()), row.notes(),
				Coverage.valueOf(row.coverage()))).sorted(Comparator.comparing(Need::domain)).toList();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	@Table("circles_member")
	record Member(UUID accountId, String role, Instant joinedAt) {
	}

	@Table("circles_need")
	record NeedRow(String domain, String notes, String coverage, Instant updatedAt) {
	}

	@Table("circles_consent")
	record Consent(@Id UUID id, String purpose, String givenBy, String giverName, Instant givenAt, UUID recordedBy) {
	}
}
