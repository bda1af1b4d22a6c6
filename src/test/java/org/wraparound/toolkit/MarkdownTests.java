package org.wraparound.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whatever staff type, a guide never carries a script or a script link to a reader. */
class MarkdownTests {

	@Test
	void rawHtmlIsShownAsTextNotRun() {
		String html = Markdown.html("Hello <script>alert('x')</script> and <img src=x onerror=alert(1)>");
		assertThat(html).doesNotContain("<script", "<img").contains("&lt;script&gt;", "&lt;img");
	}

	@Test
	void scriptLinksLoseTheirTarget() {
		String html = Markdown.html("[click](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD4=)");
		assertThat(html).doesNotContain("javascript:", "data:text").contains(">click</a>");
	}

	@Test
	void webMailAndPhoneLinksAndRelativeOnesAreKept() {
		assertThat(Markdown.html("[a](mailto:help@example.org) [b](tel:+15555550100) [c](/join)"))
			.contains("href=\"mailto:help@example.org\"", "href=\"tel:+15555550100\"", "href=\"/join\"");
	}

	@Test
	void ordinaryMarkdownStillWorks() {
		String html = Markdown.html("## How\n\n1. Ask **one** person\n\n[Hospice](https://example.org/hospice)");
		assertThat(html).contains("<h2>How</h2>", "<ol>", "<strong>one</strong>",
				"href=\"https://example.org/hospice\">Hospice</a>");
	}
}
