package org.wraparound.accounts.passkeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;

/** Whatever reaches the passkey addresses, the answer is a 4xx or a message, never a 5xx, and nothing changes. */
@WraparoundTest
class PasskeyBadInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PasskeyUsers users;

	@Autowired
	LabelledCredentials credentials;

	@Autowired
	Passkeys passkeys;

	@ParameterizedTest
	@ValueSource(strings = { "", "{", "not json", "[]", "{\"id\":42}", "null", "{\"response\":{\"signature\":\"%%%\"}}" })
	void malformedSignInIsRefused(String body) throws Exception {
		int status = mvc.perform(post("/login/webauthn").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(body)).andReturn().getResponse().getStatus();
		assertThat(status).isBetween(400, 499);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "{", "not json", "[]", "{\"publicKey\":{\"label\":\"x\"}}", "null" })
	void malformedRegistrationIsRefused(String body) throws Exception {
		var session = sessionOf(mvc.perform(post("/webauthn/register/options").with(csrf())
			.with(user(accountOf("volunteer")))).andReturn());
		int status = mvc.perform(post("/webauthn/register").cookie(session).with(csrf())
			.with(user(accountOf("volunteer"))).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn()
			.getResponse().getStatus();
		assertThat(status).isBetween(400, 499);
	}

	@Test
	void aVeryLongNameIsRefusedAndNothingIsStored() throws Exception {
		String account = accountOf("staff");
		var session = sessionOf(
				mvc.perform(post("/webauthn/register/options").with(csrf()).with(user(account))).andReturn());
		String body = """
				{"publicKey":{"credential":{"id":"AAAA","rawId":"AAAA","type":"public-key",
				"response":{"attestationObject":"o2NmbXRkbm9uZQ","clientDataJSON":"e30","transports":["internal"]},
				"clientExtensionResults":{}},"label":"%s"}}""".formatted("x".repeat(10_000));
		int status = mvc.perform(post("/webauthn/register").cookie(session).with(csrf()).with(user(account))
			.contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus();
		assertThat(status).isBetween(400, 499);
		assertThat(passkeys.of(AccountId.parse(account).orElseThrow())).isEmpty();
	}

	@Test
	void aPasskeyTooLongToNameIsNeverStored() {
		var stored = passkeyOf("champion", "y".repeat(10_000));
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> credentials.save(stored));
		assertThat(credentials.findByCredentialId(stored.getCredentialId())).isNull();
	}

	@Test
	void aPasskeyUnknownOrOfSomeoneElseDoesNotSignIn() throws Exception {
		CredentialRecord someoneElses = passkeyOf("admin", "Admin’s phone");
		credentials.save(someoneElses);
		for (String id : new String[] { Bytes.random().toBase64UrlString(),
				someoneElses.getCredentialId().toBase64UrlString() }) {
			var session = sessionOf(mvc.perform(post("/webauthn/authenticate/options").with(csrf())).andReturn());
			String assertion = """
					{"id":"%1$s","rawId":"%1$s","credType":"public-key","clientExtensionResults":{},
					"response":{"authenticatorData":"%2$s","clientDataJSON":"e30","signature":"%2$s",
					"userHandle":"%3$s"}}""".formatted(id, Bytes.random().toBase64UrlString(),
					users.existing(AccountId.parse(accountOf("volunteer")).orElseThrow())
						.map(user -> user.getId().toBase64UrlString()).orElse("AAAA"));
			var response = mvc.perform(post("/login/webauthn").cookie(session).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(assertion)).andReturn().getResponse();
			assertThat(response.getStatus()).as(id).isBetween(400, 499);
			assertThat(response.getContentAsString()).doesNotContain("redirectUrl");
		}
	}

	@Test
	void removingSomeoneElsesPasskeyIsNotFoundAndKeepsIt() throws Exception {
		CredentialRecord theirs = passkeyOf("champion", "Claire’s tablet");
		credentials.save(theirs);
		String id = theirs.getCredentialId().toBase64UrlString();
		for (String tried : new String[] { id, "", "%%%", "x".repeat(10_000) }) {
			int status = mvc.perform(post("/profile/passkeys/remove").param("id", tried).with(csrf())
				.with(user(accountOf("volunteer")))).andReturn().getResponse().getStatus();
			assertThat(status).as(tried.length() > 20 ? "long id" : tried).isEqualTo(404);
		}
		assertThat(passkeys.of(AccountId.parse(accountOf("champion")).orElseThrow())).extracting(Passkey::label)
			.contains("Claire’s tablet");

		int own = mvc.perform(post("/profile/passkeys/remove").param("id", id).with(csrf())
			.with(user(accountOf("champion")))).andReturn().getResponse().getStatus();
		assertThat(own).isEqualTo(302);
		assertThat(passkeys.of(AccountId.parse(accountOf("champion")).orElseThrow())).isEmpty();
	}

	/**
	 * The cookie naming the session that an options request left its options in: sessions live in the database and
	 * are found by their cookie, so the next request of the ceremony sends it.
	 */
	private static Cookie sessionOf(MvcResult options) {
		var cookie = options.getResponse().getCookie("JSESSIONID");
		assertThat(cookie).as("a session cookie").isNotNull();
		return cookie;
	}

	private String accountOf(String demo) {
		return accounts.findByEmail(demo + "@wraparound.example").orElseThrow().id().toString();
	}

	/** A stored passkey for a demo person, with a made-up public key: enough for the lookups, never for a signature. */
	private CredentialRecord passkeyOf(String demo, String label) {
		var user = users.findByUsername(accountOf(demo));
		return ImmutableCredentialRecord.builder().credentialId(Bytes.random()).userEntityUserId(user.getId())
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY).publicKey(new ImmutablePublicKeyCose(new byte[77]))
			.signatureCount(0).uvInitialized(true).backupEligible(false).backupState(false)
			.transports(Set.of(AuthenticatorTransport.INTERNAL)).created(Instant.now()).lastUsed(Instant.now())
			.label(label).build();
	}
}
