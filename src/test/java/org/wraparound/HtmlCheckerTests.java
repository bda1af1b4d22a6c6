package org.wraparound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The checker that the page tests rely on does find mistakes. */
class HtmlCheckerTests {

	private static final String HEAD = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head>";

	@Test
	void aValidPageHasNoErrors() {
		assertThat(HtmlChecker.errors(HEAD + "<body><main><p>Hello</p></main></body></html>")).isEmpty();
	}

	@Test
	void mistakesAreFound() {
		assertThat(HtmlChecker.errors(HEAD + "<body><img src=\"a.png\"><p>x</span></body></html>"))
			.anySatisfy(error -> assertThat(error).contains("alt"))
			.anySatisfy(error -> assertThat(error).contains("span"));
		assertThat(HtmlChecker.errors(HEAD + "<body><label for=\"missing\">x</label><div id=\"a\"></div>"
				+ "<div id=\"a\"></div></body></html>")).isNotEmpty();
	}
}
