package org.wraparound.toolkit.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * Every template has a title and a summary, and every blank a label and a hint, in both languages: their keys are
 * built from names, so the check on keys written in templates cannot see them.
 */
class TemplateTextsTests {

	@Test
	void everyTemplateAndBlankHasItsTextsInEnglishAndFrench() throws IOException {
		for (String file : new String[] { "messages.properties", "messages_fr.properties" }) {
			Properties messages = new Properties();
			try (var in = getClass().getClassLoader().getResourceAsStream(file)) {
				messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			for (FillInTemplate template : FillInTemplate.values()) {
				assertThat(messages).as(file).containsKeys("toolkit.templates." + template.key() + ".title",
						"toolkit.templates." + template.key() + ".summary");
				for (Field field : template.fields()) {
					assertThat(messages).as("%s in %s", field.name(), file).containsKeys(
							"toolkit.templates.field." + field.name(), "toolkit.templates.field." + field.name() + ".hint");
				}
			}
		}
	}
}
