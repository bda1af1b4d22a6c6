package org.wraparound.circles.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wraparound.circles.Coverage;
import org.wraparound.circles.Need;
import org.wraparound.circles.SupportDomain;

/**
 * The needs form: for each support domain, notes ({@code notes.PHYSICAL}) and how well it is covered
 * ({@code coverage.PHYSICAL}). Read from the request as it is, so that nothing typed is lost when a field is wrong.
 */
final class NeedsForm {

	static final int MAX_NOTES = 2000;

	private final Map<SupportDomain, String> notes = new LinkedHashMap<>();
	private final Map<SupportDomain, String> coverage = new LinkedHashMap<>();
	private final Map<SupportDomain, String> errors = new LinkedHashMap<>();

	static NeedsForm of(Map<String, String> parameters) {
		NeedsForm form = new NeedsForm();
		for (SupportDomain domain : SupportDomain.values()) {
			String text = parameters.getOrDefault("notes." + domain.name(), "");
			String level = parameters.getOrDefault("coverage." + domain.name(), "");
			form.notes.put(domain, text);
			form.coverage.put(domain, level);
			if (text.length() > MAX_NOTES) {
				form.errors.put(domain, "circles.needs.notes.size");
			}
			else if (!text.matches(OpenCircleForm.LONG_TEXT)) {
				form.errors.put(domain, "form.text.invalid");
			}
			else if (!level.matches("NOT_COVERED|PARTLY|COVERED")) {
				form.errors.put(domain, "circles.needs.coverage.required");
			}
		}
		return form;
	}

	boolean hasErrors() {
		return !errors.isEmpty();
	}

	Map<SupportDomain, String> errors() {
		return errors;
	}

	List<Need> needs() {
		List<Need> needs = new ArrayList<>();
		notes.forEach((domain, text) -> needs.add(new Need(domain, text, Coverage.valueOf(coverage.get(domain)))));
		return needs;
	}

	/** What was typed, to show the form again. */
	List<Need> typed() {
		List<Need> typed = new ArrayList<>();
		notes.forEach((domain, text) -> typed.add(new Need(domain, text,
				coverage.get(domain).matches("NOT_COVERED|PARTLY|COVERED") ? Coverage.valueOf(coverage.get(domain))
						: Coverage.NOT_COVERED)));
		return typed;
	}
}
