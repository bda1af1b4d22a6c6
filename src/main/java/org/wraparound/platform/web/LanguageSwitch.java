package org.wraparound.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.wraparound.platform.Language;

/** Applies {@code ?lang=fr} (or {@code en}) on any page and remembers it; an unknown code is ignored. */
class LanguageSwitch implements HandlerInterceptor {

	private final LocaleResolver resolver;

	LanguageSwitch(LocaleResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Language.parse(request.getParameter("lang"))
				.ifPresent(language -> resolver.setLocale(request, response, language.locale()));
		return true;
	}
}
