package org.wraparound;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/** Checks a page against the HTML standard with the Nu HTML Checker, offline, and lists what is wrong. */
public final class HtmlChecker {

	private HtmlChecker() {
	}

	/** The errors in {@code html}, each with its line and column; an empty list for a valid page. */
	public static synchronized List<String> errors(String html) {
		List<String> errors = new ArrayList<>();
		ErrorHandler collect = new ErrorHandler() {
			@Override
			public void warning(SAXParseException e) {
			}

			@Override
			public void error(SAXParseException e) {
				errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
			}

			@Override
			public void fatalError(SAXParseException e) {
				error(e);
			}
		};
		try {
			SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
			validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
			validator.setUpValidatorAndParsers(collect, true, false);
			validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
		}
		catch (Exception e) {
			throw new IllegalStateException("The HTML checker could not run", e);
		}
		return errors;
	}
}
