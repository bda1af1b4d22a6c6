package org.wraparound.circles;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for what people write in a circle: plain text, shown as written with its line breaks. Nothing that
 * looks like web markup and no control characters other than line breaks and tabs, so what one member writes can
 * never change the page another member sees.
 */
public final class PlainText {

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

	private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|&[a-zA-Z#][a-zA-Z0-9]*;");

	private PlainText() {
	}

	/**
	 * What is wrong with {@code text} as a message key (to show beside the field), or empty when it may be kept.
	 * Text that is blank, longer than {@code max} characters, holds markup or control characters is refused.
	 */
	public static Optional<String> problem(String text, int max) {
		if (text == null || text.isBlank()) {
			return Optional.of("circles.text.required");
		}
		if (text.strip().length() > max) {
			return Optional.of("circles.text.size." + max);
		}
		if (CONTROL.matcher(text).find()) {
			return Optional.of("form.text.invalid");
		}
		if (MARKUP.matcher(text).find()) {
			return Optional.of("circles.text.markup");
		}
		return Optional.empty();
	}

	/** Whether {@code text} may be kept. */
	public static boolean acceptable(String text, int max) {
		return problem(text, max).isEmpty();
	}

	/** What was typed, without control characters, to show in a form again. */
	public static String retyped(String text) {
		return text == null ? null : CONTROL.matcher(text).replaceAll("");
	}

	/** The text as kept: without spaces around it, and with Windows line ends made plain. */
	static String clean(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n').strip();
	}
}
