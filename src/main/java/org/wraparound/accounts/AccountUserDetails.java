package org.wraparound.accounts;

import java.util.Optional;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.platform.DisplayNames;

/**
 * Looks people up by email at sign-in. The principal's name is the account id, not the email, so that it stays
 * the same when the email changes and matches what passkey sign-in will use.
 */
@Component
@Transactional(readOnly = true)
class AccountUserDetails implements UserDetailsService, DisplayNames {

	/** Matches no password: BCrypt hashes always start with "$2". */
	private static final String NO_PASSWORD = "{none}";

	private final Accounts accounts;

	AccountUserDetails(Accounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * Finds the account by the email typed at password sign-in, or by the account id that an emailed sign-in link
	 * carries. An account without a password gets an unusable one, so it can sign in only by link or passkey.
	 */
	@Override
	public UserDetails loadUserByUsername(String emailOrId) {
		Account account = AccountId.parse(emailOrId).flatMap(id -> accounts.findById(id.value()))
				.or(() -> accounts.findByEmailNormalized(EmailAddress.normalize(emailOrId)))
				.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return User.withUsername(account.id().toString())
				.password(account.passwordHash() == null ? NO_PASSWORD : account.passwordHash())
				.authorities(account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList())
				.build();
	}

	@Override
	public Optional<String> displayNameOf(String principalName) {
		return AccountId.parse(principalName).flatMap(id -> accounts.findById(id.value()))
				.map(account -> account.summary().displayName());
	}
}
