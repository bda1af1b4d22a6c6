package org.wraparound.accounts.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.wraparound.platform.RateLimiter;
import org.wraparound.platform.RateLimiter.Decision;

/** Counts requests that send email, per address typed and per client, and answers 429 when there are too many. */
final class Throttling {

	static final String PER_EMAIL = "email-link-per-email";
	static final String PER_IP = "email-link-per-ip";

	private Throttling() {
	}

	/** True when the request may go ahead; otherwise the response is already set to 429 with Retry-After. */
	static boolean allow(RateLimiter limiter, String email, HttpServletRequest request, HttpServletResponse response) {
		return allowed(response,
				limiter.consume(PER_EMAIL, email == null ? "" : email.strip().toLowerCase(Locale.ROOT)),
				limiter.consume(PER_IP, request.getRemoteAddr()));
	}

	/** True when every limit allows it; otherwise the response is set to 429 with the longest Retry-After. */
	static boolean allowed(HttpServletResponse response, Decision... decisions) {
		Decision decision = Decision.all(decisions);
		if (decision.allowed()) {
			return true;
		}
		response.setHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		return false;
	}
}
