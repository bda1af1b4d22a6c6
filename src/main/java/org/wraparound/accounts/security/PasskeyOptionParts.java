package org.wraparound.accounts.security;

import java.io.Serializable;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.webauthn.api.AuthenticationExtensionsClientInput;
import org.springframework.security.web.webauthn.api.AuthenticationExtensionsClientInputs;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredProtectAuthenticationExtensionsClientInput;
import org.springframework.security.web.webauthn.api.CredProtectAuthenticationExtensionsClientInput.CredProtect;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInput;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInputs;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialDescriptor;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;

/**
 * The pieces that passkey sign-in and registration options share, kept as plain values (strings, bytes, numbers) so
 * that a session in the database can hold them. Rebuilt, they are the library's own constants again: Spring Security
 * compares some of them by identity ({@code == UserVerificationRequirement.REQUIRED}), which a Java-deserialized copy
 * of its objects would fail.
 */
final class PasskeyOptionParts {

	private PasskeyOptionParts() {
	}

	/** Keeps {@code value} in the session under {@code attribute}; {@code null} takes it out (the ceremony is over). */
	static void keep(HttpServletRequest request, String attribute, Serializable value) {
		if (value != null) {
			request.getSession().setAttribute(attribute, value);
			return;
		}
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(attribute);
		}
	}

	/** What the session keeps under {@code attribute}, when it is a {@code type}. */
	static <T> Optional<T> kept(HttpServletRequest request, String attribute, Class<T> type) {
		HttpSession session = request.getSession(false);
		return session == null ? Optional.empty()
				: Optional.ofNullable(session.getAttribute(attribute)).filter(type::isInstance).map(type::cast);
	}

	/** A credential named in the options (one to use, or one already registered), with how it can be reached. */
	record Descriptor(String type, byte[] id, List<String> transports) implements Serializable {

		static List<Descriptor> of(List<PublicKeyCredentialDescriptor> descriptors) {
			return descriptors == null ? null : descriptors.stream().map(Descriptor::of).toList();
		}

		static List<PublicKeyCredentialDescriptor> rebuild(List<Descriptor> descriptors) {
			return descriptors == null ? null : descriptors.stream().map(Descriptor::rebuild).toList();
		}

		private static Descriptor of(PublicKeyCredentialDescriptor descriptor) {
			return new Descriptor(descriptor.getType() == null ? null : descriptor.getType().getValue(),
					bytes(descriptor.getId()), descriptor.getTransports() == null ? null
							: descriptor.getTransports().stream().map(AuthenticatorTransport::getValue).toList());
		}

		private PublicKeyCredentialDescriptor rebuild() {
			var builder = PublicKeyCredentialDescriptor.builder().id(bytes(id));
			if (type != null) {
				builder.type(PublicKeyCredentialType.valueOf(type));
			}
			if (transports != null) {
				builder.transports(new LinkedHashSet<>(transports.stream().map(AuthenticatorTransport::valueOf).toList()));
			}
			return builder.build();
		}
	}

	/**
	 * An extension the browser is asked to use: a yes/no one (such as {@code credProps}), or credential protection
	 * (its policy's name and whether it is enforced).
	 */
	record Extension(String id, Boolean flag, String protectionPolicy, boolean enforced) implements Serializable {

		static List<Extension> of(AuthenticationExtensionsClientInputs inputs) {
			return inputs == null ? null : inputs.getInputs().stream().map(Extension::of).toList();
		}

		@SuppressWarnings("rawtypes") // the library's constructor takes a list of the raw type
		static AuthenticationExtensionsClientInputs rebuild(List<Extension> extensions) {
			return extensions == null ? null
					: new ImmutableAuthenticationExtensionsClientInputs(
							extensions.stream().<AuthenticationExtensionsClientInput>map(Extension::rebuild).toList());
		}

		private static Extension of(AuthenticationExtensionsClientInput<?> input) {
			if (input.getInput() instanceof Boolean flag) {
				return new Extension(input.getExtensionId(), flag, null, false);
			}
			if (input.getInput() instanceof CredProtect protect) {
				return new Extension(input.getExtensionId(), null, protect.getCredProtectionPolicy().name(),
						protect.isEnforceCredentialProtectionPolicy());
			}
			throw new IllegalArgumentException("A passkey extension that cannot be kept in a session: "
					+ input.getExtensionId());
		}

		private AuthenticationExtensionsClientInput<?> rebuild() {
			if (flag == null) {
				return new CredProtectAuthenticationExtensionsClientInput(new CredProtect(
						CredProtect.ProtectionPolicy.valueOf(protectionPolicy), enforced));
			}
			var credProps = ImmutableAuthenticationExtensionsClientInput.credProps;
			return credProps.getExtensionId().equals(id) && credProps.getInput().equals(flag) ? credProps
					: new ImmutableAuthenticationExtensionsClientInput<>(id, flag);
		}
	}

	static byte[] bytes(Bytes bytes) {
		return bytes == null ? null : bytes.getBytes();
	}

	static Bytes bytes(byte[] bytes) {
		return bytes == null ? null : new Bytes(bytes);
	}

	static Long millis(Duration duration) {
		return duration == null ? null : duration.toMillis();
	}

	static Duration duration(Long millis) {
		return millis == null ? null : Duration.ofMillis(millis);
	}

	static String value(UserVerificationRequirement requirement) {
		return requirement == null ? null : requirement.getValue();
	}

	/** The library's constant for a value: this class has no {@code valueOf} of its own. */
	static UserVerificationRequirement requirement(String value) {
		if (value == null) {
			return null;
		}
		return Stream.of(UserVerificationRequirement.DISCOURAGED, UserVerificationRequirement.PREFERRED,
				UserVerificationRequirement.REQUIRED).filter(requirement -> requirement.getValue().equals(value))
			.findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown user verification: " + value));
	}
}
