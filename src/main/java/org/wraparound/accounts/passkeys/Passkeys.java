package org.wraparound.accounts.passkeys;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;

/** A person's own passkeys: always looked up through their account, so nobody sees or removes another's. */
@Component
@Transactional(readOnly = true)
public class Passkeys {

	private static final Duration JUST_ADDED = Duration.ofSeconds(1);

	private final PasskeyUsers users;
	private final UserCredentialRepository credentials;

	Passkeys(PasskeyUsers users, UserCredentialRepository credentials) {
		this.users = users;
		this.credentials = credentials;
	}

	/** The account's passkeys, oldest first. */
	public List<Passkey> of(AccountId account) {
		return user(account).map(user -> credentials.findByUserId(user.getId())).orElse(List.of()).stream()
			.map(Passkeys::passkey).sorted(Comparator.comparing(Passkey::added, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
	}

	/** Removes the passkey if it belongs to the account; false when there is no such passkey of theirs. */
	@Transactional
	public boolean remove(AccountId account, String passkeyId) {
		Optional<Bytes> id = decode(passkeyId);
		Optional<PublicKeyCredentialUserEntity> user = user(account);
		if (id.isEmpty() || user.isEmpty()) {
			return false;
		}
		CredentialRecord credential = credentials.findByCredentialId(id.get());
		if (credential == null || !user.get().getId().equals(credential.getUserEntityUserId())) {
			return false;
		}
		credentials.delete(id.get());
		return true;
	}

	private Optional<PublicKeyCredentialUserEntity> user(AccountId account) {
		return users.existing(account);
	}

	private static Optional<Bytes> decode(String id) {
		try {
			return id == null || id.isBlank() || id.length() > 1000 ? Optional.empty() : Optional.of(Bytes.fromBase64(id));
		}
		catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
	}

	/** Spring marks a new passkey as used the moment it is added; we say it is used once it signs someone in. */
	private static Passkey passkey(CredentialRecord credential) {
		Instant added = credential.getCreated();
		Optional<Instant> lastUsed = Optional.ofNullable(credential.getLastUsed())
			.filter(used -> added == null || used.isAfter(added.plus(JUST_ADDED)));
		return new Passkey(credential.getCredentialId().toBase64UrlString(), credential.getLabel(), added, lastUsed);
	}
}
