package org.wraparound.contact.web;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.wraparound.platform.RateLimiter;

/**
 * What the public forms check after their fields: that a person, not a robot, took the time to fill the form in,
 * then the rate limits. A refusal is a message key for the page (with the minutes to wait on the model and the
 * status and {@code Retry-After} set on the response); the limits are consumed only for a form filled slowly enough.
 */
@Component
class FormGuard {

	private final FormStamps stamps;

	FormGuard(FormStamps stamps) {
		this.stamps = stamps;
	}

	Optional<String> refusal(String stamp, Supplier<RateLimiter.Decision> limits, Model model,
			HttpServletResponse response) {
		if (stamps.tooFast(stamp)) {
			return Optional.of("contact.refused.tooFast");
		}
		RateLimiter.Decision decision = limits.get();
		if (decision.allowed()) {
			return Optional.empty();
		}
		response.setHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		model.addAttribute("minutes", Math.max(1, (decision.retryAfterSeconds() + 59) / 60));
		return Optional.of("contact.refused.tooMany");
	}
}
