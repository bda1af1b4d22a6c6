package org.wraparound.accounts.security;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.wraparound.platform.RateLimiter;
import org.wraparound.platform.RateLimiter.Decision;

/**
 * Slows down guessing, whatever the way in (password, emailed link, passkey): after too many failed sign-ins from
 * one address, or too many wrong passwords for one email, sign-in answers 429 with a {@code Retry-After} and a plain
 * message until the limit refills. Only failures count, so a person who signs in correctly is never held back by
 * their own earlier attempts ({@link FailedSignIns} counts them). The same answer is given whether or not the email
 * has an account.
 */
class SignInThrottle extends OncePerRequestFilter {

	static final String PER_EMAIL = "sign-in-per-email";
	static final String PER_IP = "sign-in-per-ip";

	/** Where sign-in attempts arrive: password, emailed link, passkey. */
	private static final Set<String> SIGN_IN_PATHS = Set.of("/signin", "/signin/link/use", "/login/webauthn");

	private final RateLimiter limiter;

	SignInThrottle(RateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && SIGN_IN_PATHS.contains(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var decision = Decision.all(limiter.check(PER_IP, request.getRemoteAddr()),
				"/signin".equals(request.getServletPath()) ? limiter.check(PER_EMAIL, email(request.getParameter("email")))
						: Decision.all());
		if (decision.allowed()) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
		response.sendError(429);
	}

	static String email(String typed) {
		return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
	}
}
