package org.wraparound.toolkit.templates;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.wraparound.platform.Language;

/**
 * One template's form as it was posted: every blank tidied (line breaks kept only where a list is asked for, other
 * control characters dropped), and the language asked for the PDF. Markup is kept as typed: it is text, and the
 * templates print it as text.
 */
record TemplateForm(Map<String, String> values, String language) {

	static TemplateForm read(FillInTemplate template, Map<String, String> params) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Field field : template.fields()) {
			values.put(field.name(), clean(params.get(field.name()), field.multiline()));
		}
		String language = params.get("language");
		return new TemplateForm(values, language == null ? "" : language.strip());
	}

	/** A message beside each blank that is too long, and beside the language if it is not one of ours. */
	Errors validate(FillInTemplate template) {
		Map<String, Object> target = new HashMap<>(values);
		target.put("language", language);
		Errors errors = new MapBindingResult(target, "form");
		for (Field field : template.fields()) {
			if (values.get(field.name()).length() > field.maxLength()) {
				errors.rejectValue(field.name(), "toolkit.templates.too-long", new Object[] { field.maxLength() },
						null);
			}
		}
		if (chosenLanguage().isEmpty()) {
			errors.rejectValue("language", "toolkit.templates.language.required");
		}
		return errors;
	}

	Optional<Language> chosenLanguage() {
		return language.length() == 2 ? Language.parse(language) : Optional.empty();
	}

	TemplateValues toValues() {
		return new TemplateValues(values);
	}

	static String clean(String raw, boolean multiline) {
		if (raw == null) {
			return "";
		}
		String text = raw.replace("\r\n", "\n").replace('\r', '\n');
		text = multiline ? text.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "") : text.replaceAll("\\p{Cc}", " ");
		return text.strip();
	}
}
