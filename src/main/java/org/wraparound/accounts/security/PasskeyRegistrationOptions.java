package org.wraparound.accounts.security;

import static org.wraparound.accounts.security.PasskeyOptionParts.bytes;
import static org.wraparound.accounts.security.PasskeyOptionParts.duration;
import static org.wraparound.accounts.security.PasskeyOptionParts.millis;
import static org.wraparound.accounts.security.PasskeyOptionParts.requirement;
import static org.wraparound.accounts.security.PasskeyOptionParts.value;

import java.io.Serializable;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticatorAttachment;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;
import org.wraparound.accounts.security.PasskeyOptionParts.Descriptor;
import org.wraparound.accounts.security.PasskeyOptionParts.Extension;

/**
 * Between asking to add a passkey and sending it, the options the browser was given wait in the person's session.
 * Spring Security's own store keeps its options object there, which cannot be serialized, so sessions kept in the
 * database could not hold it: this one keeps {@link Kept}, plain values, and rebuilds the options from them.
 */
class PasskeyRegistrationOptions implements PublicKeyCredentialCreationOptionsRepository {

	static final String ATTRIBUTE = PasskeyRegistrationOptions.class.getName();

	/** The algorithms Spring Security knows, as its own constants (it checks their type by identity). */
	private static final List<PublicKeyCredentialParameters> ALGORITHMS = List.of(PublicKeyCredentialParameters.EdDSA,
			PublicKeyCredentialParameters.ES256, PublicKeyCredentialParameters.ES384,
			PublicKeyCredentialParameters.ES512, PublicKeyCredentialParameters.RS256,
			PublicKeyCredentialParameters.RS384, PublicKeyCredentialParameters.RS512,
			PublicKeyCredentialParameters.RS1);

	@Override
	public void save(HttpServletRequest request, HttpServletResponse response, PublicKeyCredentialCreationOptions options) {
		PasskeyOptionParts.keep(request, ATTRIBUTE, options == null ? null : Kept.of(options));
	}

	@Override
	public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
		return PasskeyOptionParts.kept(request, ATTRIBUTE, Kept.class).map(Kept::rebuild).orElse(null);
	}

	/** Every field of the options, as strings, bytes and numbers. */
	record Kept(String rpName, String rpId, String userName, byte[] userId, String userDisplayName, byte[] challenge,
			List<Long> algorithms, Long timeoutMillis, List<Descriptor> excludeCredentials, boolean selection,
			String attachment, String residentKey, String userVerification, String attestation,
			List<Extension> extensions) implements Serializable {

		static Kept of(PublicKeyCredentialCreationOptions options) {
			var rp = options.getRp();
			var user = options.getUser();
			var selection = options.getAuthenticatorSelection();
			return new Kept(rp == null ? null : rp.getName(), rp == null ? null : rp.getId(),
					user == null ? null : user.getName(), user == null ? null : bytes(user.getId()),
					user == null ? null : user.getDisplayName(), bytes(options.getChallenge()),
					options.getPubKeyCredParams() == null ? null
							: options.getPubKeyCredParams().stream().map(Kept::algorithm).toList(),
					millis(options.getTimeout()), Descriptor.of(options.getExcludeCredentials()), selection != null,
					selection == null || selection.getAuthenticatorAttachment() == null ? null
							: selection.getAuthenticatorAttachment().getValue(),
					selection == null || selection.getResidentKey() == null ? null
							: selection.getResidentKey().getValue(),
					selection == null ? null : value(selection.getUserVerification()),
					options.getAttestation() == null ? null : options.getAttestation().getValue(),
					Extension.of(options.getExtensions()));
		}

		PublicKeyCredentialCreationOptions rebuild() {
			var builder = PublicKeyCredentialCreationOptions.builder().challenge(bytes(challenge))
				.timeout(duration(timeoutMillis)).excludeCredentials(Descriptor.rebuild(excludeCredentials))
				.extensions(Extension.rebuild(extensions));
			if (rpName != null || rpId != null) {
				builder.rp(PublicKeyCredentialRpEntity.builder().name(rpName).id(rpId).build());
			}
			if (userName != null || userId != null) {
				builder.user(ImmutablePublicKeyCredentialUserEntity.builder().name(userName).id(bytes(userId))
					.displayName(userDisplayName).build());
			}
			if (algorithms != null) {
				builder.pubKeyCredParams(algorithms.stream().map(Kept::parameters).toList());
			}
			if (selection) {
				builder.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
					.authenticatorAttachment(attachment == null ? null : AuthenticatorAttachment.valueOf(attachment))
					.residentKey(residentKey == null ? null : ResidentKeyRequirement.valueOf(residentKey))
					.userVerification(requirement(userVerification)).build());
			}
			if (attestation != null) {
				builder.attestation(AttestationConveyancePreference.valueOf(attestation));
			}
			return builder.build();
		}

		private static Long algorithm(PublicKeyCredentialParameters parameters) {
			if (!ALGORITHMS.contains(parameters)) {
				throw new IllegalArgumentException("An algorithm Spring Security does not name: " + parameters);
			}
			return parameters.getAlg().getValue();
		}

		private static PublicKeyCredentialParameters parameters(long algorithm) {
			return ALGORITHMS.stream().filter(known -> known.getAlg().getValue() == algorithm).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Unknown algorithm: " + algorithm));
		}
	}
}
