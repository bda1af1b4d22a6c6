package org.wraparound.contact.chat.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.wraparound.platform.ContactDetails;
import org.wraparound.platform.Messages;
import org.wraparound.platform.Page;

/**
 * The {@link Page} for a staff member's fragment (the message form htmx swaps in after a line is sent), drawn with the
 * name the caller already knows instead of looking the signed-in account up again on every line.
 */
@Component
class FragmentPages {

	private final MessageSource messageSource;
	private final ContactDetails contact;

	FragmentPages(MessageSource messageSource, ContactDetails contact) {
		this.messageSource = messageSource;
		this.contact = contact;
	}

	Page page(HttpServletRequest request, String staffName) {
		var locale = RequestContextUtils.getLocale(request);
		var csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return new Page(locale, new Messages(messageSource, locale), csrf == null ? "_csrf" : csrf.getParameterName(),
				csrf == null ? "" : csrf.getToken(), csrf == null ? "X-CSRF-TOKEN" : csrf.getHeaderName(),
				request.getRequestURI(), Optional.of(staffName), true, Optional.empty(), contact);
	}
}
