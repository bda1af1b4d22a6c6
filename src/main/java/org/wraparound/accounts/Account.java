package org.wraparound.accounts;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.wraparound.platform.Language;

@Table("accounts_account")
class Account {

	@Id
	private final UUID id;
	private String email;
	private String emailNormalized;
	private String displayName;
	private String passwordHash;
	private String language;
	private final Instant createdAt;
	private Instant emailVerifiedAt;
	private String phone;
	private String contactPreference = ContactPreference.EMAIL.name();
	@MappedCollection(idColumn = "account_id")
	private Set<Grant> grants = new HashSet<>();
	@Version
	private Long version;

	Account(UUID id, String email, String emailNormalized, String displayName, String passwordHash, String language,
			Instant createdAt) {
		this.id = id;
		this.email = email;
		this.emailNormalized = emailNormalized;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.language = language;
		this.createdAt = createdAt;
	}

	static Account open(SignUp signUp, String passwordHash, Instant now) {
		Account account = new Account(UUID.randomUUID(), signUp.email().trim(), EmailAddress.normalize(signUp.email()),
				signUp.displayName().trim(), passwordHash, signUp.language().code(), now);
		account.grant(Role.MEMBER);
		return account;
	}

	void grant(Role role) {
		grants.add(new Grant(role.name()));
	}

	/** Removes a role; everyone stays a member. */
	boolean revoke(Role role) {
		return role != Role.MEMBER && grants.remove(new Grant(role.name()));
	}

	void verifyEmail(Instant now) {
		if (emailVerifiedAt == null) {
			emailVerifiedAt = now;
		}
	}

	/** A new address, confirmed by a link sent to it, so it counts as verified. */
	void changeEmail(String newEmail, Instant now) {
		this.email = newEmail.trim();
		this.emailNormalized = EmailAddress.normalize(newEmail);
		this.emailVerifiedAt = now;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void updateProfile(ProfileChange change) {
		this.displayName = change.displayName().strip();
		this.language = change.language().code();
		this.phone = change.phone() == null || change.phone().isBlank() ? null : change.phone().strip();
		this.contactPreference = change.contactPreference().name();
	}

	AccountId id() {
		return new AccountId(id);
	}

	String passwordHash() {
		return passwordHash;
	}

	String email() {
		return email;
	}

	Set<Role> roles() {
		return grants.stream().map(grant -> Role.valueOf(grant.role())).collect(Collectors.toUnmodifiableSet());
	}

	AccountSummary summary() {
		return new AccountSummary(id(), displayName, email, Language.parse(language).orElse(Language.EN), roles(),
				createdAt);
	}

	Profile profile() {
		return new Profile(id(), displayName, email, Language.parse(language).orElse(Language.EN), phone,
				ContactPreference.valueOf(contactPreference), emailVerifiedAt != null, passwordHash != null);
	}

	/** One platform role held by the account. */
	@Table("accounts_role")
	record Grant(String role) {
	}
}
