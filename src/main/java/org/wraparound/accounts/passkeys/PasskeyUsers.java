package org.wraparound.accounts.passkeys;

import java.util.Optional;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;

/**
 * The person a passkey belongs to. Its name is the account id (the principal name, never the email); its display
 * name, which the phone or computer shows when asking which passkey to use, is the person's name on Wraparound.
 */
class PasskeyUsers implements PublicKeyCredentialUserEntityRepository {

	private final PublicKeyCredentialUserEntityRepository stored;
	private final AccountManagement accounts;

	PasskeyUsers(PublicKeyCredentialUserEntityRepository stored, AccountManagement accounts) {
		this.stored = stored;
		this.accounts = accounts;
	}

	@Override
	public PublicKeyCredentialUserEntity findById(Bytes id) {
		return stored.findById(id);
	}

	/**
	 * The entity for an account, created with the person's display name the first time they add a passkey (Spring
	 * would otherwise create it with the account id as display name).
	 */
	@Override
	public PublicKeyCredentialUserEntity findByUsername(String accountId) {
		PublicKeyCredentialUserEntity found = stored.findByUsername(accountId);
		if (found != null) {
			return found;
		}
		var displayName = AccountId.parse(accountId).flatMap(accounts::profile).map(profile -> profile.displayName());
		if (displayName.isEmpty()) {
			return null;
		}
		var created = ImmutablePublicKeyCredentialUserEntity.builder().id(Bytes.random()).name(accountId)
			.displayName(displayName.get()).build();
		stored.save(created);
		return created;
	}

	/** The entity of an account that has added a passkey before; never creates one. */
	Optional<PublicKeyCredentialUserEntity> existing(AccountId account) {
		return Optional.ofNullable(stored.findByUsername(account.toString()))
			.filter(user -> account.toString().equals(user.getName()));
	}

	@Override
	public void save(PublicKeyCredentialUserEntity userEntity) {
		stored.save(userEntity);
	}

	@Override
	public void delete(Bytes id) {
		stored.delete(id);
	}
}
