package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The accessibility check the journeys rely on does find a violation when there is one. */
class AccessibilityCheckTests extends JourneyTest {

	@Test
	void findsAnImageWithoutTextAndAFieldWithoutALabel() {
		browser.get("data:text/html;charset=utf-8,<!doctype html><html lang='en'><head><title>Bad</title></head>"
				+ "<body><main><h1>Bad</h1><img src='x.png'><input type='text' name='q'></main></body></html>");
		assertThat(Browser.accessibilityViolations(browser)).contains("image-alt", "label");
	}
}
