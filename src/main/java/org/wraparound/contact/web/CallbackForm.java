package org.wraparound.contact.web;

import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;
import org.wraparound.accounts.AccountId;
import org.wraparound.contact.BestTime;
import org.wraparound.contact.RequestCallback;
import org.wraparound.contact.Topic;
import org.wraparound.platform.Language;

/**
 * The call-back form. The number is taken as people write it ("(613) 555-0142", "+33 1 23 45 67 89", "555-0142
 * ext. 12"), as long as it has enough digits to dial. {@code website} and {@code stamp} as in {@link ContactForm}.
 */
public record CallbackForm(
		@NotBlank(message = "{contact.form.name.required}") @Size(max = 100, message = "{contact.form.name.size}")
		@Pattern(regexp = ContactForm.LINE, message = "{contact.form.name.invalid}") String name,
		@NotBlank(message = "{contact.callback.phone.required}") @Size(max = 40, message = "{contact.callback.phone.invalid}")
		String phone,
		@Pattern(regexp = "ANY_TIME|MORNING|MIDDAY|AFTERNOON", message = "{contact.callback.time.required}") String bestTime,
		@Pattern(regexp = ContactForm.TOPICS, message = "{contact.form.topic.required}") String topic,
		@Pattern(regexp = "en|fr", message = "{contact.callback.language.required}") String callLanguage,
		String website, String stamp) {

	/** Digits and what people put between them: spaces, dots, dashes, slashes, brackets, a leading plus. */
	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern
		.compile("\\+?[0-9 ().\\-/]+((\\s*(x|ext\\.?|poste|#)\\s*)[0-9]{1,6})?", java.util.regex.Pattern.CASE_INSENSITIVE);

	public CallbackForm {
		name = name == null ? "" : name.strip();
		phone = phone == null ? "" : phone.strip();
		bestTime = bestTime == null ? "" : bestTime;
		topic = topic == null ? "" : topic;
		callLanguage = callLanguage == null ? "" : callLanguage;
	}

	static CallbackForm empty(String name, Language language, String stamp) {
		return new CallbackForm(name, "", "ANY_TIME", Topic.GENERAL.name(), language.code(), "", stamp);
	}

	CallbackForm stamped(String newStamp) {
		return new CallbackForm(name, phone, bestTime, topic, callLanguage, "", newStamp);
	}

	boolean isSpam() {
		return website != null && !website.isEmpty();
	}

	/** Adds a message when the number cannot be dialled: 7 to 15 digits before any extension. */
	void validate(Errors errors) {
		if (phone.isEmpty() || errors.hasFieldErrors("phone")) {
			return;
		}
		var matcher = NUMBER.matcher(phone);
		String main = matcher.matches() && matcher.group(1) != null ? phone.substring(0, matcher.start(1)) : phone;
		long digits = main.chars().filter(Character::isDigit).count();
		if (!matcher.matches() || digits < 7 || digits > 15) {
			errors.rejectValue("phone", "contact.callback.phone.invalid");
		}
	}

	RequestCallback toCommand(Language language, Optional<AccountId> account) {
		return new RequestCallback(name, phone, BestTime.valueOf(bestTime), Topic.valueOf(topic),
				Language.parse(callLanguage).orElse(language), language, account);
	}
}
