package org.wraparound.accounts.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.wraparound.platform.RateLimiter;
import org.wraparound.platform.RateLimiter.Decision;

/**
 * Slows down password guessing: after too many wrong passwords for one email, or from one address, sign-in answers
 * 429 with a {@code Retry-After} and a plain message until the limit refills. Only failures count, so a person who
 * signs in correctly is never held back by their own earlier attempts. The same answer is given whether or not the
 * email has an account.
 */
class SignInThrottle extends OncePerRequestFilter {

	static final String PER_EMAIL = "sign-in-per-email";
	static final String PER_IP = "sign-in-per-ip";

	private final RateLimiter limiter;

	SignInThrottle(RateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/signin".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var decision = Decision.all(limiter.check(PER_EMAIL, email(request)),
				limiter.check(PER_IP, request.getRemoteAddr()));
		if (decision.allowed()) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
		response.sendError(429);
	}

	/** Counts a failed sign-in against the email and the address, then shows the sign-in page with its message. */
	AuthenticationFailureCounter failureHandler() {
		return new AuthenticationFailureCounter();
	}

	private static String email(HttpServletRequest request) {
		String email = request.getParameter("email");
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	class AuthenticationFailureCounter extends SimpleUrlAuthenticationFailureHandler {

		AuthenticationFailureCounter() {
			super("/signin?error");
		}

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException, ServletException {
			limiter.consume(PER_EMAIL, email(request));
			limiter.consume(PER_IP, request.getRemoteAddr());
			super.onAuthenticationFailure(request, response, exception);
		}
	}
}
