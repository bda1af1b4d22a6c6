package org.wraparound.contact;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.wraparound.TestClock;
import org.wraparound.Visitor;

/** Fills in the contact and call-back forms the way a person does: open the page, take a few seconds, send. */
final class Writing {

	private static final Pattern STAMP = Pattern.compile("name=\"stamp\" value=\"([^\"]*)\"");

	private Writing() {
	}

	/** The signed time in the last form a page showed. */
	static String stamp(String body) {
		var matcher = STAMP.matcher(body);
		if (!matcher.find()) {
			throw new AssertionError("No stamp in the form: " + body);
		}
		return matcher.group(1);
	}

	/** Opens {@code path}, lets ten seconds pass on the application's clock, and sends the form with {@code fields}. */
	static Visitor.Response send(Visitor visitor, TestClock clock, String path, Map<String, String> fields) {
		var page = visitor.get(path);
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.putIfAbsent("stamp", stamp(page.body()));
		clock.advance(Duration.ofSeconds(10));
		return visitor.post(path.contains("?") ? path.substring(0, path.indexOf('?')) : path, form);
	}

	static Map<String, String> message(String name, String email, String text) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", name);
		form.put("email", email);
		form.put("topic", "VOLUNTEERING");
		form.put("message", text);
		return form;
	}
}
