package org.wraparound.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The asset map's tile server is let into the content security policy for images only, and nothing else is. */
class TileHostTests {

	@Test
	void theTileServersOriginIsAllowedForImagesOnly() {
		String policy = SecurityConfiguration.contentSecurityPolicy("https://{s}.tile.example.org:8443/{z}/{x}/{y}.png");
		assertThat(policy).contains("img-src 'self' data: https://*.tile.example.org:8443;")
			.contains("script-src 'self';", "connect-src 'self';", "default-src 'self';");
		assertThat(SecurityConfiguration.contentSecurityPolicy("http://tiles.example/{z}/{x}/{y}.png"))
			.contains("img-src 'self' data: http://tiles.example;");
	}

	@Test
	void noTileServerOrAStrangeOneAddsNothing() {
		for (String url : new String[] { "", null, "javascript:alert(1)", "https://evil.example; script-src *",
				"data:image/png", "https://" }) {
			assertThat(SecurityConfiguration.contentSecurityPolicy(url)).as(url).contains("img-src 'self' data:;");
		}
	}
}
