package org.wraparound.communities.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules behind the community forms: numbers as people type them, and the time zones offered. */
class FormRulesTests {

	@ParameterizedTest
	@CsvSource({ "44.3894, 44.3894", "' 44,3894 ', 44.3894", "−79.6903, -79.6903", "-79.6903, -79.6903", "0, 0",
			"500, 500", "12.5, 12.5" })
	void numbersAreReadAsPeopleWriteThem(String typed, double expected) {
		assertThat(Numbers.parse(typed)).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "north", "1e3", "1,000.5", "44.", ".5", "1234", "NaN", "Infinity", "--1",
			"44.12345678901" })
	void anythingElseIsNotANumber(String typed) {
		assertThat(Numbers.parse(typed)).isEmpty();
	}

	@Test
	void nothingTypedIsNotANumber() {
		assertThat(Numbers.parse(null)).isEmpty();
	}

	@Test
	void everyTimeZoneOfferedIsRealAndNamedInBothLanguages() throws IOException {
		Properties english = load("messages.properties");
		Properties french = load("messages_fr.properties");
		assertThat(TimeZones.ALL).contains(TimeZones.DEFAULT).startsWith("America/St_Johns").doesNotHaveDuplicates();
		for (String zone : TimeZones.ALL) {
			assertThat(ZoneId.of(zone).getId()).isEqualTo(zone);
			assertThat(english.getProperty(TimeZones.labelKey(zone))).as(zone).isNotBlank();
			assertThat(french.getProperty(TimeZones.labelKey(zone))).as(zone).isNotBlank();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (var in = FormRulesTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
