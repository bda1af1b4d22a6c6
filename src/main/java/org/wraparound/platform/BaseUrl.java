package org.wraparound.platform;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The address people use to reach Wraparound, such as {@code https://wraparound.example.org}. Links in emails are
 * built from it, and passkeys are bound to its host, so tests and production set it the same way:
 * {@code wraparound.base-url}.
 */
@ConfigurationProperties("wraparound")
public record BaseUrl(@DefaultValue("http://localhost:8080") URI baseUrl) {

	/** An absolute link to {@code path} (which starts with a slash). */
	public String link(String path) {
		String base = baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

	/** The host name alone, which is what a passkey is bound to. */
	public String host() {
		return baseUrl.getHost();
	}

	/** Scheme, host and port: the origin browsers report. */
	public String origin() {
		return baseUrl.getScheme() + "://" + baseUrl.getAuthority();
	}
}
