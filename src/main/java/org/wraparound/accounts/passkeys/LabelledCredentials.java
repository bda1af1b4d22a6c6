package org.wraparound.accounts.passkeys;

import java.util.List;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Stored passkeys, each with a name of 1 to {@value #MAX_LABEL} characters. Spring's registration filter turns the
 * refusal of any other name into a 400 answer; our page checks the name before it gets that far.
 */
class LabelledCredentials implements UserCredentialRepository {

	static final int MAX_LABEL = 100;

	private final UserCredentialRepository stored;

	LabelledCredentials(UserCredentialRepository stored) {
		this.stored = stored;
	}

	@Override
	public void save(CredentialRecord credential) {
		String label = credential.getLabel();
		if (label == null || label.isBlank() || label.length() > MAX_LABEL) {
			throw new IllegalArgumentException("A passkey needs a name of 1 to " + MAX_LABEL + " characters");
		}
		stored.save(credential);
	}

	@Override
	public void delete(Bytes credentialId) {
		stored.delete(credentialId);
	}

	@Override
	public CredentialRecord findByCredentialId(Bytes credentialId) {
		return stored.findByCredentialId(credentialId);
	}

	@Override
	public List<CredentialRecord> findByUserId(Bytes userId) {
		return stored.findByUserId(userId);
	}
}
