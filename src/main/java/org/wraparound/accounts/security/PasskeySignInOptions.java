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

import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsRepository;
import org.wraparound.accounts.security.PasskeyOptionParts.Descriptor;
import org.wraparound.accounts.security.PasskeyOptionParts.Extension;

/**
 * Between asking to sign in with a passkey and sending the signed answer, the challenge and the rest of the options
 * wait in the session, as {@link Kept} plain values: a copy of Spring Security's options read back from the database
 * would no longer be its own constants, which it compares by identity.
 */
class PasskeySignInOptions implements PublicKeyCredentialRequestOptionsRepository {

	static final String ATTRIBUTE = PasskeySignInOptions.class.getName();

	@Override
	public void save(HttpServletRequest request, HttpServletResponse response, PublicKeyCredentialRequestOptions options) {
		PasskeyOptionParts.keep(request, ATTRIBUTE, options == null ? null : Kept.of(options));
	}

	@Override
	public PublicKeyCredentialRequestOptions load(HttpServletRequest request) {
		return PasskeyOptionParts.kept(request, ATTRIBUTE, Kept.class).map(Kept::rebuild).orElse(null);
	}

	/** Every field of the options, as strings, bytes and numbers. */
	record Kept(byte[] challenge, Long timeoutMillis, String rpId, List<Descriptor> allowCredentials,
			String userVerification, List<Extension> extensions) implements Serializable {

		static Kept of(PublicKeyCredentialRequestOptions options) {
			return new Kept(bytes(options.getChallenge()), millis(options.getTimeout()), options.getRpId(),
					Descriptor.of(options.getAllowCredentials()), value(options.getUserVerification()),
					Extension.of(options.getExtensions()));
		}

		PublicKeyCredentialRequestOptions rebuild() {
			return PublicKeyCredentialRequestOptions.builder().challenge(bytes(challenge))
				.timeout(duration(timeoutMillis)).rpId(rpId).allowCredentials(Descriptor.rebuild(allowCredentials))
				.userVerification(requirement(userVerification)).extensions(Extension.rebuild(extensions))
				.build();
		}
	}
}
