package org.wraparound.accounts;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens accounts and answers questions about them. */
@Service
@Transactional(readOnly = true)
public class AccountManagement {

	private final Accounts accounts;
	private final AccountListing listing;
	private final PasswordEncoder passwords;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AccountManagement(Accounts accounts, AccountListing listing, PasswordEncoder passwords,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.listing = listing;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens an account as a member. When the email already has one, nothing changes and the result is empty; the
	 * caller must answer the person the same way in both cases, so that nobody learns who has an account.
	 */
	@Transactional
	public Optional<AccountId> signUp(SignUp signUp) {
		if (accounts.existsByEmailNormalized(EmailAddress.normalize(signUp.email()))) {
			return Optional.empty();
		}
		Account account = accounts.save(Account.open(signUp, passwords.encode(signUp.password()), clock.instant()));
		events.publishEvent(new AccountCreated(account.id(), signUp.displayName().trim(), signUp.language(),
				clock.instant()));
		return Optional.of(account.id());
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

	/** Adds a platform role (used by demo data now, by staff later). */
	@Transactional
	public void grant(AccountId id, Role role) {
		accounts.findById(id.value()).ifPresent(account -> {
			account.grant(role);
			accounts.save(account);
		});
	}

}
