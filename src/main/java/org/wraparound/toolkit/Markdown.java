package org.wraparound.toolkit;

import java.util.List;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Guides are Markdown, turned into HTML for the page. Raw HTML in the text is shown as text, never run, and links
 * other than web, mail and phone addresses (such as {@code javascript:} or {@code data:}) lose their target: staff can write any
 * text without putting a reader at risk.
 */
final class Markdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
		.urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto", "tel"))).build();

	private Markdown() {
	}

	static String html(String markdown) {
		return RENDERER.render(PARSER.parse(markdown));
	}
}
