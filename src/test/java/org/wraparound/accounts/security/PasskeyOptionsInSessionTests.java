package org.wraparound.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticationExtensionsClientInput;
import org.springframework.security.web.webauthn.api.AuthenticatorAttachment;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredProtectAuthenticationExtensionsClientInput;
import org.springframework.security.web.webauthn.api.CredProtectAuthenticationExtensionsClientInput.CredProtect;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInput;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInputs;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialDescriptor;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthentication;

/**
 * What a passkey ceremony leaves in the session survives being written to the database and read back: every field
 * of the options, and the library's constants as the very same objects (Spring Security compares some by identity).
 */
class PasskeyOptionsInSessionTests {

	private static final PublicKeyCredentialDescriptor PHONE = PublicKeyCredentialDescriptor.builder()
		.type(PublicKeyCredentialType.PUBLIC_KEY).id(Bytes.random())
		.transports(Set.of(AuthenticatorTransport.HYBRID, AuthenticatorTransport.INTERNAL)).build();

	private static final PublicKeyCredentialDescriptor KEY = PublicKeyCredentialDescriptor.builder()
		.type(PublicKeyCredentialType.PUBLIC_KEY).id(Bytes.random()).transports(Set.of(AuthenticatorTransport.USB))
		.build();

	private static final ImmutableAuthenticationExtensionsClientInputs EXTENSIONS =
			new ImmutableAuthenticationExtensionsClientInputs(ImmutableAuthenticationExtensionsClientInput.credProps,
					new CredProtectAuthenticationExtensionsClientInput(
							new CredProtect(CredProtect.ProtectionPolicy.USER_VERIFICATION_REQUIRED, true)));

	@Test
	void registrationOptionsComeBackWhole() throws Exception {
		var options = PublicKeyCredentialCreationOptions.builder()
			.rp(PublicKeyCredentialRpEntity.builder().name("Wraparound").id("wraparound.example").build())
			.user(ImmutablePublicKeyCredentialUserEntity.builder().name("3f6c1c1e-0000-4000-8000-000000000001")
				.id(Bytes.random()).displayName("Zoé Tremblay").build())
			.challenge(Bytes.random())
			.pubKeyCredParams(PublicKeyCredentialParameters.EdDSA, PublicKeyCredentialParameters.ES256,
					PublicKeyCredentialParameters.RS256, PublicKeyCredentialParameters.RS1)
			.timeout(Duration.ofMinutes(5)).excludeCredentials(List.of(PHONE, KEY))
			.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
				.authenticatorAttachment(AuthenticatorAttachment.PLATFORM).residentKey(ResidentKeyRequirement.REQUIRED)
				.userVerification(UserVerificationRequirement.REQUIRED).build())
			.attestation(AttestationConveyancePreference.DIRECT).extensions(EXTENSIONS).build();

		var back = roundTrip(new PasskeyRegistrationOptions(), options);

		assertThat(back.getRp().getName()).isEqualTo("Wraparound");
		assertThat(back.getRp().getId()).isEqualTo("wraparound.example");
		assertThat(back.getUser().getName()).isEqualTo(options.getUser().getName());
		assertThat(back.getUser().getId()).isEqualTo(options.getUser().getId());
		assertThat(back.getUser().getDisplayName()).isEqualTo("Zoé Tremblay");
		assertThat(back.getChallenge()).isEqualTo(options.getChallenge());
		assertThat(back.getPubKeyCredParams()).containsExactly(PublicKeyCredentialParameters.EdDSA,
				PublicKeyCredentialParameters.ES256, PublicKeyCredentialParameters.RS256,
				PublicKeyCredentialParameters.RS1);
		assertThat(back.getPubKeyCredParams()).allSatisfy(
				parameters -> assertThat(parameters.getType()).isSameAs(PublicKeyCredentialType.PUBLIC_KEY));
		assertThat(back.getTimeout()).isEqualTo(Duration.ofMinutes(5));
		assertSameDescriptors(back.getExcludeCredentials(), options.getExcludeCredentials());
		assertThat(back.getAuthenticatorSelection().getAuthenticatorAttachment())
			.isSameAs(AuthenticatorAttachment.PLATFORM);
		assertThat(back.getAuthenticatorSelection().getResidentKey()).isSameAs(ResidentKeyRequirement.REQUIRED);
		assertThat(back.getAuthenticatorSelection().getUserVerification()).isSameAs(UserVerificationRequirement.REQUIRED);
		assertThat(back.getAttestation()).isSameAs(AttestationConveyancePreference.DIRECT);
		assertSameExtensions(back.getExtensions().getInputs());
	}

	@Test
	void registrationOptionsAsSpringMakesThemComeBackWhole() throws Exception {
		var options = PublicKeyCredentialCreationOptions.builder()
			.rp(PublicKeyCredentialRpEntity.builder().name("Wraparound").id("localhost").build())
			.user(ImmutablePublicKeyCredentialUserEntity.builder().name("someone").id(Bytes.random())
				.displayName("Someone").build())
			.challenge(Bytes.random()).pubKeyCredParams(PublicKeyCredentialParameters.ES256)
			.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
				.userVerification(UserVerificationRequirement.PREFERRED).residentKey(ResidentKeyRequirement.REQUIRED)
				.build())
			.attestation(AttestationConveyancePreference.NONE).excludeCredentials(Collections.emptyList())
			.extensions(new ImmutableAuthenticationExtensionsClientInputs(
					ImmutableAuthenticationExtensionsClientInput.credProps))
			.timeout(Duration.ofMinutes(5)).build();

		var back = roundTrip(new PasskeyRegistrationOptions(), options);

		assertThat(back.getAuthenticatorSelection().getAuthenticatorAttachment()).isNull();
		assertThat(back.getAuthenticatorSelection().getUserVerification())
			.isSameAs(UserVerificationRequirement.PREFERRED);
		assertThat(back.getExcludeCredentials()).isEmpty();
		assertThat(back.getExtensions().getInputs()).containsExactly(ImmutableAuthenticationExtensionsClientInput.credProps);
	}

	@Test
	void signInOptionsComeBackWhole() throws Exception {
		var options = PublicKeyCredentialRequestOptions.builder().challenge(Bytes.random())
			.timeout(Duration.ofSeconds(90)).rpId("wraparound.example").allowCredentials(List.of(KEY, PHONE))
			.userVerification(UserVerificationRequirement.DISCOURAGED).extensions(EXTENSIONS).build();

		var back = roundTrip(new PasskeySignInOptions(), options);

		assertThat(back.getChallenge()).isEqualTo(options.getChallenge());
		assertThat(back.getTimeout()).isEqualTo(Duration.ofSeconds(90));
		assertThat(back.getRpId()).isEqualTo("wraparound.example");
		assertSameDescriptors(back.getAllowCredentials(), options.getAllowCredentials());
		assertThat(back.getUserVerification()).isSameAs(UserVerificationRequirement.DISCOURAGED);
		assertSameExtensions(back.getExtensions().getInputs());
	}

	@Test
	void savingNoOptionsForgetsThem() {
		var request = new MockHttpServletRequest();
		var store = new PasskeySignInOptions();
		store.save(request, new MockHttpServletResponse(),
				PublicKeyCredentialRequestOptions.builder().challenge(Bytes.random()).rpId("localhost").build());
		store.save(request, new MockHttpServletResponse(), null);
		assertThat(store.load(request)).isNull();
		assertThat(new PasskeySignInOptions().load(new MockHttpServletRequest())).isNull();
	}

	/** What a passkey sign-in leaves in the session: its authentication, kept in the security context. */
	@Test
	void aPasskeySignInSerializes() throws Exception {
		var request = new MockHttpServletRequest();
		request.setRemoteAddr("192.0.2.7");
		var person = ImmutablePublicKeyCredentialUserEntity.builder().name("3f6c1c1e-0000-4000-8000-000000000002")
			.id(Bytes.random()).displayName("Sam").build();
		var authentication = new WebAuthnAuthentication(person, List.of(new SimpleGrantedAuthority("ROLE_MEMBER")));
		authentication.setDetails(new WebAuthenticationDetails(request));

		var back = (SecurityContextImpl) deserialize(serialize(new SecurityContextImpl(authentication)));

		assertThat(back.getAuthentication().getName()).isEqualTo("3f6c1c1e-0000-4000-8000-000000000002");
		assertThat(back.getAuthentication().isAuthenticated()).isTrue();
		assertThat(back.getAuthentication().getAuthorities()).extracting(Object::toString).contains("ROLE_MEMBER");
	}

	private static PublicKeyCredentialCreationOptions roundTrip(PasskeyRegistrationOptions store,
			PublicKeyCredentialCreationOptions options) throws Exception {
		var request = new MockHttpServletRequest();
		store.save(request, new MockHttpServletResponse(), options);
		return store.load(throughTheDatabase(request, PasskeyRegistrationOptions.ATTRIBUTE));
	}

	private static PublicKeyCredentialRequestOptions roundTrip(PasskeySignInOptions store,
			PublicKeyCredentialRequestOptions options) throws Exception {
		var request = new MockHttpServletRequest();
		store.save(request, new MockHttpServletResponse(), options);
		return store.load(throughTheDatabase(request, PasskeySignInOptions.ATTRIBUTE));
	}

	/** A later request whose session holds the attribute as Spring Session would read it back: deserialized bytes. */
	private static MockHttpServletRequest throughTheDatabase(MockHttpServletRequest request, String attribute)
			throws Exception {
		var later = new MockHttpServletRequest();
		later.getSession().setAttribute(attribute, deserialize(serialize(request.getSession().getAttribute(attribute))));
		return later;
	}

	private static void assertSameDescriptors(List<PublicKeyCredentialDescriptor> back,
			List<PublicKeyCredentialDescriptor> sent) {
		assertThat(back).hasSameSizeAs(sent);
		for (int i = 0; i < sent.size(); i++) {
			assertThat(back.get(i).getType()).isSameAs(PublicKeyCredentialType.PUBLIC_KEY);
			assertThat(back.get(i).getId()).isEqualTo(sent.get(i).getId());
			assertThat(back.get(i).getTransports()).containsExactlyInAnyOrderElementsOf(sent.get(i).getTransports());
			back.get(i).getTransports().forEach(transport -> assertThat(transport)
				.isSameAs(AuthenticatorTransport.valueOf(transport.getValue())));
		}
	}

	private static void assertSameExtensions(List<AuthenticationExtensionsClientInput> back) {
		assertThat(back).hasSize(2);
		assertThat(back.get(0)).isSameAs(ImmutableAuthenticationExtensionsClientInput.credProps);
		assertThat(back.get(1).getExtensionId()).isEqualTo("credProtect");
		var protect = (CredProtect) back.get(1).getInput();
		assertThat(protect.getCredProtectionPolicy()).isEqualTo(CredProtect.ProtectionPolicy.USER_VERIFICATION_REQUIRED);
		assertThat(protect.isEnforceCredentialProtectionPolicy()).isTrue();
	}

	private static byte[] serialize(Object value) throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var out = new ObjectOutputStream(bytes)) {
			out.writeObject(value);
		}
		return bytes.toByteArray();
	}

	private static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
		try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
			return in.readObject();
		}
	}
}
