package org.wraparound.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LanguageResolverTests {

	private final LanguageResolver resolver = new LanguageResolver();

	@Test
	void theCookieWinsOverTheBrowser() {
		var request = new MockHttpServletRequest();
		request.addHeader("Accept-Language", "en-CA,en;q=0.9");
		request.setCookies(new Cookie(LanguageResolver.COOKIE, "fr"));
		assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.FRENCH);
	}

	@Test
	void theBrowserLanguageIsUsedWhenThereIsNoCookie() {
		var request = new MockHttpServletRequest();
		request.addHeader("Accept-Language", "de-DE,fr-CA;q=0.8,en;q=0.5");
		assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.FRENCH);
	}

	@Test
	void englishWhenNothingElseFits() {
		var request = new MockHttpServletRequest();
		request.addHeader("Accept-Language", "de, ja;q=0.5");
		request.setCookies(new Cookie(LanguageResolver.COOKIE, "<script>"));
		assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void aMalformedHeaderIsIgnored() {
		var request = new MockHttpServletRequest();
		request.addHeader("Accept-Language", ";;;q=abc,,,");
		assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void choosingALanguageWritesALongLivedCookieAndAppliesAtOnce() {
		var request = new MockHttpServletRequest();
		var response = new MockHttpServletResponse();
		resolver.setLocale(request, response, Locale.CANADA_FRENCH);
		assertThat(response.getHeader("Set-Cookie")).startsWith(LanguageResolver.COOKIE + "=fr")
			.contains("Max-Age=31536000").contains("HttpOnly").contains("SameSite=Lax");
		assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.FRENCH);
	}
}
