package org.wraparound.accounts.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.wraparound.platform.RateLimiter;

/**
 * Counts every failed sign-in (password, emailed link or passkey) against the client's address, and a wrong
 * password against the email typed, for {@link SignInThrottle}.
 */
@Component
class FailedSignIns {

	private final RateLimiter limiter;

	FailedSignIns(RateLimiter limiter) {
		this.limiter = limiter;
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent failure) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			limiter.consume(SignInThrottle.PER_IP, attributes.getRequest().getRemoteAddr());
		}
		if (failure.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
			limiter.consume(SignInThrottle.PER_EMAIL, SignInThrottle.email(attempt.getName()));
		}
	}
}
