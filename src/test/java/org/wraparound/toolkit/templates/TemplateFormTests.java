package org.wraparound.toolkit.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** How a posted template form is tidied and checked, before anything is kept. */
class TemplateFormTests {

	@Test
	void listsKeepTheirLinesAndOneLineBlanksLoseControlCharacters() {
		TemplateForm form = TemplateForm.read(FillInTemplate.VOLUNTEER_ROLE,
				Map.of("roleTitle", "  Driver\u0007\r\nand helper ", "tasks", "One\r\nTwo\rThree\u0000\n\n",
						"language", " fr "));

		assertThat(form.values()).containsEntry("roleTitle", "Driver  and helper")
			.containsEntry("tasks", "One\nTwo\nThree")
			.containsEntry("communityName", "");
		assertThat(form.values().keySet()).containsExactly("communityName", "roleTitle", "tasks", "timeNeeded", "skills",
				"training", "contactName", "contactDetails");
		assertThat(form.validate(FillInTemplate.VOLUNTEER_ROLE).hasErrors()).isFalse();
		assertThat(form.toValues().lines("tasks")).containsExactly("One", "Two", "Three");
	}

	@Test
	void aBlankOverItsLengthOrAnUnknownLanguageIsRefusedByName() {
		TemplateForm form = TemplateForm.read(FillInTemplate.ACTION_PLAN, Map.of("period", "x".repeat(Field.LINE_MAX),
				"goal", "y".repeat(Field.TEXT_MAX + 1), "language", "english"));

		var errors = form.validate(FillInTemplate.ACTION_PLAN);
		assertThat(errors.getFieldErrors()).extracting(error -> error.getField()).containsExactlyInAnyOrder("goal",
				"language");
		assertThat(errors.getFieldError("goal").getArguments()).containsExactly(Field.TEXT_MAX);
	}

	@Test
	void anEmptyBlankPrintsAsALineToWriteOn() {
		var values = new TemplateValues(Map.of("headline", " ", "region", "Riverside"));
		assertThat(values.orBlank("headline")).isEqualTo(TemplateValues.BLANK);
		assertThat(values.orBlank("missing")).isEqualTo(TemplateValues.BLANK);
		assertThat(values.orBlank("region")).isEqualTo("Riverside");
	}
}
