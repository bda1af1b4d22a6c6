package org.wraparound.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The phone line's hours, written from the settings in the reader's language. */
class ContactDetailsTests {

	private static Messages messages(Locale locale) {
		var source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return new Messages(source, locale);
	}

	private static ContactDetails phoneOn(List<DayOfWeek> days) {
		return new ContactDetails("hello@example.org", "+1 (613) 555-0100", "America/Toronto", days,
				LocalTime.of(9, 0), LocalTime.of(16, 30));
	}

	@Test
	void weekdaysInARowReadAsARangeInEitherLanguage() {
		var weekdays = phoneOn(List.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
				DayOfWeek.THURSDAY));

		assertThat(weekdays.phoneHours(messages(Locale.ENGLISH))).startsWith("We answer Monday to Friday, 9:00")
			.contains("4:30").contains("Eastern");
		assertThat(weekdays.phoneHours(messages(Locale.FRENCH))).startsWith("Nous répondons du lundi au vendredi, de ")
			.contains("16:30");
		assertThat(weekdays.phoneHref()).isEqualTo("tel:+16135550100");
	}

	@Test
	void daysApartAreListed() {
		assertThat(phoneOn(List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)).phoneHours(messages(Locale.ENGLISH)))
			.startsWith("We answer Monday, Thursday, ");
	}
}
