package org.wraparound.accounts.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A passkey registration that the WebAuthn library cannot even read (a forged or broken attestation) is answered
 * with 400, like the other refusals, instead of failing as a server error.
 */
class PasskeyRegistrationGuard extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && (request.getContextPath() + "/webauthn/register").equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | IOException unreadable) {
			if (response.isCommitted()) {
				throw unreadable;
			}
			logger.debug("Unreadable passkey registration", unreadable);
			response.reset();
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
	}
}
