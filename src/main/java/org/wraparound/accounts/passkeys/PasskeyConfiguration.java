package org.wraparound.accounts.passkeys;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.wraparound.accounts.AccountManagement;

/** Passkeys live in the database ({@code user_entities}, {@code user_credentials}), so every node sees them. */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

	@Bean
	PasskeyUsers passkeyUsers(JdbcTemplate jdbc, AccountManagement accounts) {
		return new PasskeyUsers(new JdbcPublicKeyCredentialUserEntityRepository(jdbc), accounts);
	}

	@Bean
	LabelledCredentials passkeyCredentials(JdbcTemplate jdbc) {
		return new LabelledCredentials(new JdbcUserCredentialRepository(jdbc));
	}
}
