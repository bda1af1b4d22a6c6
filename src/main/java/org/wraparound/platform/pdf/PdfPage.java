package org.wraparound.platform.pdf;

import java.util.Locale;

import org.wraparound.platform.Messages;

/**
 * What every PDF template receives as {@code page}, besides its own data: the document's language and its texts in
 * that language (which may differ from the reader's page), and its title. Templates start from
 * {@code layout/pdf.jte}, which writes both into the document, where screen readers find them.
 */
public record PdfPage(Locale locale, Messages messages, String title) {

	/** The message for {@code key} in the document's language. */
	public String t(String key, Object... args) {
		return messages.get(key, args);
	}

	/** The two-letter code of the document's language, for {@code <html lang>}. */
	public String lang() {
		return locale.getLanguage();
	}
}
