package org.wraparound.communities.web;

import java.util.Optional;
import java.util.function.DoublePredicate;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

/**
 * Numbers typed into a form, such as a latitude: a comma may stand for the decimal point, as in French, and the
 * typographic minus for a minus.
 */
final class Numbers {

	private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,3}(\\.\\d{1,10})?");

	private Numbers() {
	}

	static Optional<Double> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String plain = text.strip().replace(',', '.').replace('\u2212', '-');
		return DECIMAL.matcher(plain).matches() ? Optional.of(Double.parseDouble(plain)) : Optional.empty();
	}

	/**
	 * Checks one number field: given, a number, and in range. Otherwise the field is rejected with
	 * {@code <prefix>.required}, {@code communities.area.number} or {@code <prefix>.range}.
	 */
	static void check(Errors errors, String field, String text, DoublePredicate inRange, String prefix) {
		if (errors.hasFieldErrors(field)) {
			return;
		}
		if (text == null || text.isBlank()) {
			errors.rejectValue(field, prefix + ".required");
		}
		else if (parse(text).isEmpty()) {
			errors.rejectValue(field, "communities.area.number");
		}
		else if (!inRange.test(parse(text).get())) {
			errors.rejectValue(field, prefix + ".range");
		}
	}
}
