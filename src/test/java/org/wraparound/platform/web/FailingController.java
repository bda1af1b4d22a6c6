package org.wraparound.platform.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only: a page that fails, to see what a visitor is shown when something breaks on our side. */
@RestController
class FailingController {

	static final String PATH = "/test/failing";
	static final String SECRET = "internal detail that must never reach a visitor";

	@GetMapping(PATH)
	String fail() {
		throw new IllegalStateException(SECRET);
	}
}
