package org.wraparound.platform.web;

import java.security.Principal;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;
import org.wraparound.platform.ContactDetails;
import org.wraparound.platform.DisplayNames;
import org.wraparound.platform.Messages;
import org.wraparound.platform.Page;

/** Adds the {@link Page} to every view, error pages included, under the model name {@code page}. */
class PageModel implements HandlerInterceptor {

	static final String NOTICE = "notice";

	private final MessageSource messageSource;
	private final LocaleResolver localeResolver;
	private final ObjectProvider<DisplayNames> displayNames;
	private final ContactDetails contact;

	PageModel(MessageSource messageSource, LocaleResolver localeResolver, ObjectProvider<DisplayNames> displayNames,
			ContactDetails contact) {
		this.messageSource = messageSource;
		this.localeResolver = localeResolver;
		this.displayNames = displayNames;
		this.contact = contact;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView mav) {
		if (mav == null || !mav.hasView() || mav.getModel().containsKey("page")) {
			return;
		}
		var locale = localeResolver.resolveLocale(request);
		var csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		Optional<String> notice = Optional.ofNullable(mav.getModel().get(NOTICE)).map(Object::toString);
		mav.addObject("page",
				new Page(locale, new Messages(messageSource, locale), csrf == null ? "_csrf" : csrf.getParameterName(),
						csrf == null ? "" : csrf.getToken(), csrf == null ? "X-CSRF-TOKEN" : csrf.getHeaderName(),
						currentPath(request), signedInAs(request),
						request.isUserInRole("STAFF") || request.isUserInRole("ADMIN"), notice, contact));
	}

	private Optional<String> signedInAs(HttpServletRequest request) {
		Principal principal = request.getUserPrincipal();
		if (principal == null) {
			return Optional.empty();
		}
		DisplayNames names = displayNames.getIfAvailable();
		return names == null ? Optional.empty() : names.displayNameOf(principal.getName());
	}

	/** The path the reader asked for (the original one on error pages), without {@code lang}. */
	private static String currentPath(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = errorUri != null ? errorUri.toString() : request.getRequestURI();
		String query = errorUri != null ? null : request.getQueryString();
		try {
			return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang").build().toUriString();
		}
		catch (IllegalArgumentException malformed) {
			return path;
		}
	}
}
