package org.wraparound.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an upload larger than the server takes ({@code spring.servlet.multipart.max-request-size}) with the
 * friendly 413 page, before anything reads its body. Without it, the security filter would try to read the CSRF
 * token from the oversized body, fail, and answer 403. Uploads below that size reach their page, which enforces its
 * own, smaller limit and says so beside the form.
 */
class UploadLimit extends OncePerRequestFilter {

	private final long maxBytes;

	UploadLimit(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase().startsWith("multipart/") && request.getContentLengthLong() > maxBytes) {
			response.setHeader("Connection", "close");
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		chain.doFilter(request, response);
	}
}
