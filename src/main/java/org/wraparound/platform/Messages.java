package org.wraparound.platform;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/** The product's texts in one language. A missing key shows as the key itself, never as an error page. */
public final class Messages {

	private final MessageSource source;
	private final Locale locale;

	public Messages(MessageSource source, Locale locale) {
		this.source = source;
		this.locale = locale;
	}

	public String get(String key, Object... args) {
		return source.getMessage(key, args, key, locale);
	}

	public String get(MessageSourceResolvable resolvable) {
		try {
			return source.getMessage(resolvable, locale);
		}
		catch (NoSuchMessageException e) {
			String[] codes = resolvable.getCodes();
			return codes == null || codes.length == 0 ? "" : codes[codes.length - 1];
		}
	}

	public Locale locale() {
		return locale;
	}
}
