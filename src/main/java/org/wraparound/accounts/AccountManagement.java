package org.wraparound.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import org.wraparound.accounts.AccountEmailRequested.Kind;
import org.wraparound.accounts.EmailTokens.Purpose;
import org.wraparound.audit.Actor;
import org.wraparound.audit.AuditAction;
import org.wraparound.audit.AuditLog;
import org.wraparound.platform.BaseUrl;

/**
 * Opens accounts, signs people in by emailed link, confirms and changes addresses, resets passwords, and answers
 * questions about accounts. Answers never reveal whether an email has an account: the caller shows the same page
 * either way, and only the owner of the address learns anything, by email.
 */
@Service
@Transactional(readOnly = true)
public class AccountManagement {

	private final Accounts accounts;
	private final AccountListing listing;
	private final EmailTokens tokens;
	private final AccountErasure erasure;
	private final OneTimeTokenService signInTokens;
	private final PasswordEncoder passwords;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final AccountSettings settings;
	private final BaseUrl baseUrl;
	private final Clock clock;

	AccountManagement(Accounts accounts, AccountListing listing, EmailTokens tokens, AccountErasure erasure,
			OneTimeTokenService signInTokens,
			PasswordEncoder passwords, ApplicationEventPublisher events, AuditLog audit, AccountSettings settings, BaseUrl baseUrl,
			Clock clock) {
		this.accounts = accounts;
		this.listing = listing;
		this.tokens = tokens;
		this.erasure = erasure;
		this.signInTokens = signInTokens;
		this.passwords = passwords;
		this.events = events;
		this.audit = audit;
		this.settings = settings;
		this.baseUrl = baseUrl;
		this.clock = clock;
	}

	/**
	 * Opens an account as a member and mails a link to confirm the address. When the email already has an account,
	 * nothing changes and its owner is told by email instead; the result is then empty.
	 */
	@Transactional
	public Optional<AccountId> signUp(SignUp signUp) {
		Optional<Account> existing = accounts.findByEmailNormalized(EmailAddress.normalize(signUp.email()));
		if (existing.isPresent()) {
			Account owner = existing.get();
			mail(owner, Kind.ALREADY_REGISTERED, baseUrl.link("/signin"), null);
			return Optional.empty();
		}
		Account account = accounts.save(Account.open(signUp, passwords.encode(signUp.password()), clock.instant()));
		events.publishEvent(new AccountCreated(account.id(), signUp.displayName().trim(), signUp.language(),
				clock.instant()));
		audit.record(Actor.account(account.id().toString()), AuditAction.CREATED, AccountRecords.of(account.id()),
				"signed up");
		sendVerification(account);
		return Optional.of(account.id());
	}

	/** Mails a new confirmation link to someone whose address is not confirmed yet. */
	@Transactional
	public void resendVerification(AccountId id) {
		accounts.findById(id.value()).filter(account -> !account.profile().emailVerified())
			.ifPresent(this::sendVerification);
	}

	/** Confirms an address with the link's token; false when the link is unknown, used or expired. */
	@Transactional
	public boolean verifyEmail(String token) {
		return tokens.use(token, Purpose.VERIFY_EMAIL, clock.instant())
			.flatMap(use -> accounts.findById(use.account().value())).map(account -> {
				account.verifyEmail(clock.instant());
				accounts.save(account);
				changed(account, "email confirmed");
				return true;
			}).orElse(false);
	}

	/** Mails a one-time sign-in link when the address has an account; does nothing otherwise. */
	@Transactional
	public void requestSignInLink(String email) {
		accounts.findByEmailNormalized(EmailAddress.normalize(email)).ifPresent(account -> {
			var token = signInTokens
				.generate(new GenerateOneTimeTokenRequest(account.id().toString(), settings.signInLink()));
			mail(account, Kind.SIGN_IN_LINK, link("/signin/link", token.getTokenValue()), token.getExpiresAt());
		});
	}

	/** Mails a link to choose a new password when the address has an account; does nothing otherwise. */
	@Transactional
	public void requestPasswordReset(String email) {
		accounts.findByEmailNormalized(EmailAddress.normalize(email)).ifPresent(account -> {
			Instant now = clock.instant();
			String token = tokens.issue(account.id(), Purpose.RESET_PASSWORD, null, now, settings.resetPassword());
			mail(account, Kind.RESET_PASSWORD, link("/reset-password/new", token), now.plus(settings.resetPassword()));
		});
	}

	/** Whether a password-reset link still works, without using it. */
	public boolean isResetLinkUsable(String token) {
		return tokens.isUsable(token, Purpose.RESET_PASSWORD, clock.instant());
	}

	/**
	 * Sets a new password with the link's token. Following the link proves the address, so it is confirmed too.
	 * False when the link is unknown, used or expired.
	 */
	@Transactional
	public boolean resetPassword(String token, String newPassword) {
		return tokens.use(token, Purpose.RESET_PASSWORD, clock.instant())
			.flatMap(use -> accounts.findById(use.account().value())).map(account -> {
				account.changePassword(passwords.encode(newPassword));
				account.verifyEmail(clock.instant());
				accounts.save(account);
				changed(account, "password reset by emailed link");
				return true;
			}).orElse(false);
	}

	/**
	 * Mails a confirmation link to a new address. The address changes only when that link is used. If the new
	 * address already belongs to an account, its owner is told instead, and nothing changes.
	 */
	@Transactional
	public void requestEmailChange(AccountId id, String newEmail) {
		accounts.findById(id.value()).ifPresent(account -> {
			Optional<Account> owner = accounts.findByEmailNormalized(EmailAddress.normalize(newEmail));
			if (owner.isPresent()) {
				if (!owner.get().id().equals(account.id())) {
					mail(owner.get(), Kind.ALREADY_REGISTERED, baseUrl.link("/signin"), null);
				}
				return;
			}
			Instant now = clock.instant();
			String token = tokens.issue(account.id(), Purpose.CHANGE_EMAIL, newEmail.strip(), now,
					settings.changeEmail());
			var profile = account.profile();
			events.publishEvent(new AccountEmailRequested(UUID.randomUUID(), Kind.CONFIRM_NEW_EMAIL, newEmail.strip(),
					profile.displayName(), profile.language(), link("/confirm-email", token),
					now.plus(settings.changeEmail()), now));
		});
	}

	/** Whether an email-change link still works, without using it. */
	public boolean isEmailChangeLinkUsable(String token) {
		return tokens.isUsable(token, Purpose.CHANGE_EMAIL, clock.instant());
	}

	/** Applies a confirmed new address and tells the old one. False when the link no longer works. */
	@Transactional
	public boolean confirmEmailChange(String token) {
		Optional<EmailTokens.Use> use = tokens.use(token, Purpose.CHANGE_EMAIL, clock.instant());
		if (use.isEmpty() || accounts.existsByEmailNormalized(EmailAddress.normalize(use.get().newEmail()))) {
			return false;
		}
		return accounts.findById(use.get().account().value()).map(account -> {
			String oldEmail = account.email();
			account.changeEmail(use.get().newEmail(), clock.instant());
			accounts.save(account);
			changed(account, "email changed");
			var profile = account.profile();
			events.publishEvent(new AccountEmailRequested(UUID.randomUUID(), Kind.EMAIL_CHANGED, oldEmail,
					profile.displayName(), profile.language(), null, null, clock.instant()));
			return true;
		}).orElse(false);
	}

	public Optional<Profile> profile(AccountId id) {
		return accounts.findById(id.value()).map(Account::profile);
	}

	@Transactional
	public void updateProfile(AccountId id, ProfileChange change) {
		accounts.findById(id.value()).ifPresent(account -> {
			account.updateProfile(change);
			accounts.save(account);
			audit.recordForCurrentUser(AuditAction.CHANGED, AccountRecords.of(id), "profile");
		});
	}

	/** Whether the person has confirmed their email address (needed to join a circle). */
	public boolean isVerified(AccountId id) {
		return profile(id).map(Profile::emailVerified).orElse(false);
	}

	public Optional<AccountSummary> find(AccountId id) {
		return accounts.findById(id.value()).map(Account::summary);
	}

	public Optional<AccountSummary> findByEmail(String email) {
		return accounts.findByEmailNormalized(EmailAddress.normalize(email)).map(Account::summary);
	}

	/** Display names of the given accounts, in one query; unknown ids are left out. */
	public Map<AccountId, String> displayNames(Collection<AccountId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return accounts.findNames(ids.stream().map(AccountId::value).toList()).stream()
			.collect(Collectors.toMap(row -> new AccountId(row.id()), Accounts.NameRow::displayName));
	}

	/** The newest accounts first, at most {@code limit} of them, with their roles. */
	public List<AccountSummary> newest(int limit) {
		return listing.newest(limit);
	}

	/** Everyone who works the staff pages (staff and admins), by name. */
	public List<AccountSummary> staff() {
		return listing.holding(EnumSet.of(Role.STAFF, Role.ADMIN));
	}

	/** Adds a platform role; true when the account did not have it. */
	@Transactional
	public boolean grant(AccountId id, Role role) {
		return accounts.findById(id.value()).filter(account -> !account.roles().contains(role)).map(account -> {
			account.grant(role);
			accounts.save(account);
			audit.recordForCurrentUser(AuditAction.ROLE_CHANGED, AccountRecords.of(id), "granted " + role);
			return true;
		}).orElse(false);
	}

	/** Removes a platform role (never member); true when the account had it. */
	@Transactional
	public boolean revoke(AccountId id, Role role) {
		return accounts.findById(id.value()).filter(account -> account.revoke(role)).map(account -> {
			accounts.save(account);
			audit.recordForCurrentUser(AuditAction.ROLE_CHANGED, AccountRecords.of(id), "removed " + role);
			return true;
		}).orElse(false);
	}

	/**
	 * Deletes the account for good: its sign-in details, passkeys, links and roles. The person is told by email.
	 * Other modules learn it from {@link AccountDeleted} and remove or anonymize what they hold.
	 */
	@Transactional
	public void delete(AccountId id) {
		accounts.findById(id.value()).ifPresent(account -> {
			mail(account, Kind.ACCOUNT_DELETED, null, null);
			erasure.erase(account.id());
			accounts.delete(account);
			audit.recordForCurrentUser(AuditAction.DELETED, AccountRecords.of(id), "account deleted by its owner");
			events.publishEvent(new AccountDeleted(account.id(), clock.instant()));
		});
	}

	/** A change made through an emailed link: the person who followed it is the account's owner. */
	private void changed(Account account, String what) {
		audit.record(Actor.account(account.id().toString()), AuditAction.CHANGED, AccountRecords.of(account.id()),
				what);
	}

	private void sendVerification(Account account) {
		Instant now = clock.instant();
		String token = tokens.issue(account.id(), Purpose.VERIFY_EMAIL, null, now, settings.verifyEmail());
		mail(account, Kind.VERIFY_EMAIL, link("/verify-email", token), now.plus(settings.verifyEmail()));
	}

	private void mail(Account account, Kind kind, String link, Instant expiresAt) {
		var profile = account.profile();
		events.publishEvent(new AccountEmailRequested(UUID.randomUUID(), kind, profile.email(), profile.displayName(),
				profile.language(), link, expiresAt, clock.instant()));
	}

	private String link(String path, String token) {
		return baseUrl.link(UriComponentsBuilder.fromPath(path).queryParam("token", token).build().toUriString());
	}
}
