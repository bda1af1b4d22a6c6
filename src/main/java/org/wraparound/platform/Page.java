package org.wraparound.platform;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * What every template needs besides its own data: the reader's language and messages, the CSRF token for forms
 * (and the header that carries it for scripts), the current path (for the language switch), who is signed in (and
 * whether they are staff, to show the staff pages), and a notice carried over a redirect.
 */
public record Page(Locale locale, Messages messages, String csrfParameter, String csrfToken, String csrfHeader,
		String path, Optional<String> signedInAs, boolean staff, Optional<String> notice, ContactDetails contact) {

	/** The message for {@code key} in the reader's language. */
	public String t(String key, Object... args) {
		return messages.get(key, args);
	}

	/** The message for a validation error or other resolvable, in the reader's language. */
	public String t(MessageSourceResolvable resolvable) {
		return messages.get(resolvable);
	}

	/**
	 * The first message for a rejected form field, in the reader's language, or {@code null} when the field is fine
	 * (templates then leave the message and its attributes out).
	 */
	public String error(Errors errors, String field) {
		if (errors == null || !errors.hasFieldErrors(field)) {
			return null;
		}
		return t(errors.getFieldError(field));
	}

	/** The two-letter code of the page's language, for {@code <html lang>}. */
	public String lang() {
		return locale.getLanguage();
	}

	/** The language the switch offers: the other one of the two. */
	public Language otherLanguage() {
		return Language.of(locale).other();
	}

	/** The current path with {@code lang} set to the other language, keeping the other query parameters. */
	public String switchLanguageHref() {
		return path + (path.contains("?") ? "&" : "?") + "lang=" + otherLanguage().code();
	}

	public boolean signedIn() {
		return signedInAs.isPresent();
	}
}
