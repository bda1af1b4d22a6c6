package org.wraparound.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.wraparound.platform.RateLimitSettings;
import org.wraparound.platform.RateLimitSettings.Limit;
import org.wraparound.platform.RateLimiter;

/** Every way in counts against the client's address; only a wrong password counts against an email. */
class FailedSignInsTests {

	private final RateLimiter limiter = new RateLimiter(new RateLimitSettings(Map.of(SignInThrottle.PER_IP,
			new Limit(3, Duration.ofMinutes(15)), SignInThrottle.PER_EMAIL, new Limit(2, Duration.ofMinutes(15)))));

	private final FailedSignIns counter = new FailedSignIns(limiter);

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	private void failFrom(String address, org.springframework.security.core.Authentication attempt) {
		var request = new MockHttpServletRequest("POST", "/signin");
		request.setRemoteAddr(address);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		counter.on(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("no")));
	}

	@Test
	void aFailedLinkOrPasskeyCountsAgainstTheAddress() {
		for (int i = 0; i < 3; i++) {
			failFrom("203.0.113.7", new OneTimeTokenAuthenticationToken("token-" + i));
		}
		assertThat(limiter.check(SignInThrottle.PER_IP, "203.0.113.7").allowed()).isFalse();
		assertThat(limiter.check(SignInThrottle.PER_IP, "203.0.113.8").allowed()).isTrue();
	}

	@Test
	void aWrongPasswordAlsoCountsAgainstTheEmailTyped() {
		failFrom("198.51.100.1", UsernamePasswordAuthenticationToken.unauthenticated(" Ana@Example.org", "x"));
		failFrom("198.51.100.2", UsernamePasswordAuthenticationToken.unauthenticated("ana@example.org ", "y"));
		assertThat(limiter.check(SignInThrottle.PER_EMAIL, "ana@example.org").allowed()).isFalse();
	}
}
