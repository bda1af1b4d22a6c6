package org.wraparound.platform.web;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Our own friendly error page for every status, in the reader's language. The page says what happened and what to
 * do next; it never shows a stack trace or the framework's own page.
 */
@Component
class ErrorPages implements ErrorViewResolver {

	/** Statuses with words of their own; others share the words of their family (4xx or 5xx). */
	private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 413, 429, 500, 503);

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		int code = status.value();
		String kind = EXPLAINED.contains(code) ? String.valueOf(code) : (status.is4xxClientError() ? "4xx" : "5xx");
		ModelAndView view = new ModelAndView("error/page", status);
		view.addObject("status", code);
		view.addObject("kind", kind);
		return view;
	}
}
