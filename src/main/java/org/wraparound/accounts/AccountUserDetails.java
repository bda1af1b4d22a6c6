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

	private final Accounts accounts;

	AccountUserDetails(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		Account account = accounts.findByEmailNormalized(EmailAddress.normalize(email))
				.filter(found -> found.passwordHash() != null)
				.orElseThrow(() -> new UsernameNotFoundException("No account with a password for that email"));
		return User.withUsername(account.id().toString()).password(account.passwordHash())
				.authorities(account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList())
				.build();
	}

	@Override
	public Optional<String> displayNameOf(String principalName) {
		return AccountId.parse(principalName).flatMap(id -> accounts.findById(id.value()))
				.map(account -> account.summary().displayName());
	}
}
