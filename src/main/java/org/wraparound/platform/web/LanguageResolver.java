package org.wraparound.platform.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;
import org.wraparound.platform.Language;

/**
 * Chooses the page language: the language cookie first (written by the switch and at sign-in from the account's
 * preference), then the browser's Accept-Language, then English. Only our languages are ever chosen.
 */
class LanguageResolver implements LocaleResolver {

	static final String COOKIE = "wraparound-lang";

	private static final String RESOLVED = LanguageResolver.class.getName() + ".locale";

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(RESOLVED) instanceof Locale locale) {
			return locale;
		}
		return fromCookie(request).or(() -> fromHeader(request)).orElse(Language.EN).locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Language language = Language.of(locale);
		request.setAttribute(RESOLVED, language.locale());
		if (response != null) {
			ResponseCookie cookie = ResponseCookie.from(COOKIE, language.code()).path("/").httpOnly(true)
					.sameSite("Lax").secure(request.isSecure()).maxAge(Duration.ofDays(365)).build();
			response.addHeader("Set-Cookie", cookie.toString());
		}
	}

	private static Optional<Language> fromCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return Language.parse(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	private static Optional<Language> fromHeader(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.length() > 500) {
			return Optional.empty();
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				Optional<Language> language = Language.parse(range.getRange());
				if (language.isPresent()) {
					return language;
				}
			}
		}
		catch (IllegalArgumentException malformed) {
			// A malformed header is the browser's problem, not the reader's: fall back to the default.
		}
		return Optional.empty();
	}
}
