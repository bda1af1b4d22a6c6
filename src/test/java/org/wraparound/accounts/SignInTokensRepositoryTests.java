package org.wraparound.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.wraparound.DatabaseTest;
import org.wraparound.accounts.EmailTokens.Purpose;
import org.wraparound.platform.Language;

/** The emailed-link tables on H2 and PostgreSQL: a link works once, for its purpose, until it expires. */
@DatabaseTest
class SignInTokensRepositoryTests {

	@Autowired
	EmailTokens tokens;

	@Autowired
	OneTimeTokenService signInTokens;

	@Autowired
	AccountManagement accounts;

	private AccountId someone() {
		return accounts.signUp(new SignUp("Tok", "tok." + UUID.randomUUID() + "@tokens.example", "long password here",
				Language.EN)).orElseThrow();
	}

	@Test
	void anEmailTokenWorksOnceForItsPurposeOnly() {
		var account = someone();
		Instant now = Instant.parse("2026-11-26T12:00:00Z");
		String token = tokens.issue(account, Purpose.CHANGE_EMAIL, "New@Tokens.example", now, Duration.ofHours(1));

		assertThat(tokens.isUsable(token, Purpose.CHANGE_EMAIL, now)).isTrue();
		assertThat(tokens.use(token, Purpose.RESET_PASSWORD, now)).isEmpty();
		assertThat(tokens.use(token, Purpose.CHANGE_EMAIL, now.plusSeconds(60)))
			.contains(new EmailTokens.Use(account, "New@Tokens.example"));
		assertThat(tokens.use(token, Purpose.CHANGE_EMAIL, now.plusSeconds(61))).isEmpty();
	}

	@Test
	void anEmailTokenStopsWorkingWhenItExpires() {
		var account = someone();
		Instant now = Instant.parse("2026-11-26T12:00:00Z");
		String token = tokens.issue(account, Purpose.VERIFY_EMAIL, null, now, Duration.ofMinutes(15));
		assertThat(tokens.isUsable(token, Purpose.VERIFY_EMAIL, now.plus(Duration.ofMinutes(16)))).isFalse();
		assertThat(tokens.use(token, Purpose.VERIFY_EMAIL, now.plus(Duration.ofMinutes(16)))).isEmpty();
		assertThat(tokens.use(token + "x", Purpose.VERIFY_EMAIL, now)).isEmpty();
		assertThat(tokens.use("x".repeat(10_000), Purpose.VERIFY_EMAIL, now)).isEmpty();
	}

	@Test
	void aSignInTokenIsStoredAndConsumedOnce() {
		var account = someone();
		var token = signInTokens.generate(new GenerateOneTimeTokenRequest(account.toString(), Duration.ofMinutes(15)));
		assertThat(token.getTokenValue()).hasSize(36);
		var used = signInTokens.consume(new OneTimeTokenAuthenticationToken(token.getTokenValue()));
		assertThat(used).isNotNull();
		assertThat(used.getUsername()).isEqualTo(account.toString());
		assertThat(signInTokens.consume(new OneTimeTokenAuthenticationToken(token.getTokenValue()))).isNull();
	}
}
