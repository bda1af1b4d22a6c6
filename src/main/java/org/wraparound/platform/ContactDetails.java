package org.wraparound.platform;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the public reaches the team behind Wraparound. Settings, so that each organization running it shows its own.
 *
 * @param email address for written inquiries
 * @param phone the phone number as people dial it (shown, and used in a {@code tel:} link)
 * @param chatTimeZone the time zone in which the live-chat hours are given
 * @param phoneDays the days the phone is answered, in week order
 * @param phoneOpens when the phone is first answered on those days (in {@code chatTimeZone})
 * @param phoneCloses when the phone stops being answered on those days
 */
@ConfigurationProperties("wraparound.contact")
public record ContactDetails(@DefaultValue("hello@wraparound.example") String email,
		@DefaultValue("1-800-555-0199") String phone, @DefaultValue("America/Toronto") String chatTimeZone,
		@DefaultValue({ "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }) List<DayOfWeek> phoneDays,
		@DefaultValue("09:00") LocalTime phoneOpens, @DefaultValue("16:30") LocalTime phoneCloses) {

	public ContactDetails {
		phoneDays = phoneDays == null ? List.of() : phoneDays.stream().distinct().sorted().toList();
	}

	/** The phone number as a {@code tel:} URI: digits and a leading plus only. */
	public String phoneHref() {
		String digits = phone.replaceAll("[^0-9+]", "");
		return "tel:" + (digits.startsWith("+") ? digits : "+" + digits);
	}

	/**
	 * When the phone is answered, in the reader's words and language, such as Monday to Friday, 9 AM to 4.30 PM,
	 * Eastern Time (keys {@code contact.phone.hours} and {@code contact.phone.days.range}).
	 */
	public String phoneHours(Messages messages) {
		var locale = messages.locale();
		var times = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
		String zone = ZoneId.of(chatTimeZone).getDisplayName(TextStyle.FULL, locale);
		return messages.get("contact.phone.hours", phoneDaysText(messages), times.format(phoneOpens),
				times.format(phoneCloses), zone);
	}

	/** A run of three days or more in a row as a range (Monday to Friday), other sets of days listed. */
	private String phoneDaysText(Messages messages) {
		var locale = messages.locale();
		boolean inARow = phoneDays.size() > 2
				&& phoneDays.get(phoneDays.size() - 1).getValue() - phoneDays.get(0).getValue() == phoneDays.size() - 1;
		if (inARow) {
			return messages.get("contact.phone.days.range", phoneDays.get(0).getDisplayName(TextStyle.FULL, locale),
					phoneDays.get(phoneDays.size() - 1).getDisplayName(TextStyle.FULL, locale));
		}
		return phoneDays.stream().map(day -> day.getDisplayName(TextStyle.FULL, locale))
			.collect(Collectors.joining(", "));
	}
}
