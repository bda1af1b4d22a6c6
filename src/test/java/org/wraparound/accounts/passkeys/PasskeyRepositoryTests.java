package org.wraparound.accounts.passkeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.wraparound.DatabaseTest;

/** Spring's passkey tables, as our migration creates them, keep what Spring stores, on H2 and on PostgreSQL. */
@DatabaseTest
class PasskeyRepositoryTests {

	@Autowired
	PublicKeyCredentialUserEntityRepository users;

	@Autowired
	UserCredentialRepository credentials;

	@Test
	void aPersonAndTheirPasskeyAreStoredAndReadBack() {
		String name = UUID.randomUUID().toString();
		var user = ImmutablePublicKeyCredentialUserEntity.builder().id(Bytes.random()).name(name)
			.displayName("Ruth Okafor-Ëloïse").build();
		users.save(user);

		byte[] publicKey = new byte[77];
		new java.util.Random(7).nextBytes(publicKey);
		Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		var credential = ImmutableCredentialRecord.builder().credentialId(Bytes.random()).userEntityUserId(user.getId())
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY).publicKey(new ImmutablePublicKeyCose(publicKey))
			.signatureCount(3).uvInitialized(true).backupEligible(true).backupState(false)
			.transports(Set.of(AuthenticatorTransport.INTERNAL, AuthenticatorTransport.HYBRID))
			.attestationObject(Bytes.random()).attestationClientDataJSON(Bytes.random()).created(created)
			.lastUsed(created).label("Kitchen computer").build();
		credentials.save(credential);

		assertThat(users.findByUsername(name).getId()).isEqualTo(user.getId());
		assertThat(users.findById(user.getId()).getDisplayName()).isEqualTo("Ruth Okafor-Ëloïse");
		var stored = credentials.findByCredentialId(credential.getCredentialId());
		assertThat(stored.getPublicKey().getBytes()).isEqualTo(publicKey);
		assertThat(stored.getLabel()).isEqualTo("Kitchen computer");
		assertThat(stored.getSignatureCount()).isEqualTo(3);
		assertThat(stored.isBackupEligible()).isTrue();
		assertThat(stored.getTransports()).containsExactlyInAnyOrder(AuthenticatorTransport.INTERNAL,
				AuthenticatorTransport.HYBRID);
		assertThat(stored.getAttestationObject()).isEqualTo(credential.getAttestationObject());
		assertThat(stored.getCreated()).isEqualTo(created);
		assertThat(credentials.findByUserId(user.getId())).extracting(c -> c.getCredentialId())
			.containsExactly(credential.getCredentialId());

		credentials.save(ImmutableCredentialRecord.fromCredentialRecord(stored).signatureCount(4).build());
		assertThat(credentials.findByCredentialId(credential.getCredentialId()).getSignatureCount()).isEqualTo(4);
	}
}
