package org.wraparound.toolkit.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.wraparound.communities.CommunityId;

/** What the public form accepts, question by question; and how CSV cells are written. */
class AnswerFormTests {

	final Choice yes = new Choice(UUID.randomUUID(), "Yes", "Oui");
	final Choice no = new Choice(UUID.randomUUID(), "No", "Non");
	final Question single = new Question(UUID.randomUUID(), QuestionKind.SINGLE, true, "One?", "Un?", List.of(yes, no));
	final Question multiple = new Question(UUID.randomUUID(), QuestionKind.MULTIPLE, false, "Many?", "Plusieurs?",
			List.of(yes, no));
	final Question scale = new Question(UUID.randomUUID(), QuestionKind.SCALE, false, "How?", "Comment?", List.of());
	final Question text = new Question(UUID.randomUUID(), QuestionKind.TEXT, false, "Why?", "Pourquoi?", List.of());
	final Survey survey = new Survey(UUID.randomUUID(), new CommunityId(UUID.randomUUID()), "needs", "T", "T", "I", "I",
			true, SurveyStatus.OPEN, Optional.of("t"), 1, Instant.now(), List.of(single, multiple, scale, text));

	@Test
	void aGoodAnswerBecomesOneRowPerChoiceValueOrText() {
		AnswerForm form = AnswerForm.read(survey, Map.of(single.field(), List.of(yes.id().toString()), multiple.field(),
				List.of(yes.id().toString(), no.id().toString(), yes.id().toString()), scale.field(), List.of("5"),
				text.field(), List.of("  Rides\r\nand meals 2 < 3  ")));
		assertThat(form.valid()).isTrue();
		assertThat(form.answers()).containsExactly(new Responses.Given(single.id(), yes.id(), null, null),
				new Responses.Given(multiple.id(), yes.id(), null, null),
				new Responses.Given(multiple.id(), no.id(), null, null),
				new Responses.Given(scale.id(), null, 5, null),
				new Responses.Given(text.id(), null, null, "Rides\nand meals 2 < 3"));
	}

	@Test
	void eachBadAnswerGetsItsOwnMessageAndNothingIsKept() {
		AnswerForm form = AnswerForm.read(survey, Map.of(multiple.field(), List.of(UUID.randomUUID().toString()),
				scale.field(), List.of("0"), text.field(), List.of("<img src=x onerror=alert(1)>")));
		assertThat(form.errors()).containsExactly(Map.entry(single.field(), "toolkit.surveys.answer.required"),
				Map.entry(multiple.field(), "toolkit.surveys.answer.choice"),
				Map.entry(scale.field(), "toolkit.surveys.answer.scale"),
				Map.entry(text.field(), "toolkit.surveys.answer.markup"));
		assertThat(form.answers()).isEmpty();
		assertThat(AnswerForm.read(survey, Map.of(single.field(), List.of(yes.id().toString(), no.id().toString())))
			.error(single)).hasValue("toolkit.surveys.answer.one");
		assertThat(AnswerForm.read(survey, Map.of(single.field(), List.of("not-an-id"))).error(single))
			.hasValue("toolkit.surveys.answer.choice");
		assertThat(AnswerForm.read(survey, Map.of(single.field(), List.of(yes.id().toString()), text.field(),
				List.of("é".repeat(2001)))).error(text)).hasValue("toolkit.surveys.answer.long");
		assertThat(AnswerForm.read(survey, Map.of(single.field(), List.of(yes.id().toString()), text.field(),
				List.of("bell\u0007"))).error(text)).hasValue("form.text.invalid");
	}

	@Test
	void aCellASpreadsheetWouldRunIsDefused() {
		assertThat(SurveyCsv.cell("=1+1")).isEqualTo("\"'=1+1\"");
		assertThat(SurveyCsv.cell("+33 1")).isEqualTo("\"'+33 1\"");
		assertThat(SurveyCsv.cell("-2")).isEqualTo("\"'-2\"");
		assertThat(SurveyCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
		assertThat(SurveyCsv.cell("\tx")).isEqualTo("\"'\tx\"");
		assertThat(SurveyCsv.cell("\rx")).isEqualTo("\"'\rx\"");
		assertThat(SurveyCsv.cell("He said \"hi\", then =1")).isEqualTo("\"He said \"\"hi\"\", then =1\"");
		assertThat(SurveyCsv.cell(null)).isEqualTo("\"\"");
	}

	@Test
	void theBuiltInSetsHaveTheRightSizesAndBothLanguages() {
		QuestionSet readiness = QuestionSet.byKey("readiness").orElseThrow();
		QuestionSet needs = QuestionSet.byKey("needs").orElseThrow();
		assertThat(readiness.questions()).hasSizeBetween(8, 10);
		assertThat(needs.questions()).hasSizeBetween(10, 12);
		for (QuestionSet set : QuestionSet.ALL) {
			assertThat(set.questions()).extracting(QuestionSet.Draft::kind).contains(QuestionKind.values());
			assertThat(set.questions()).allSatisfy(question -> {
				assertThat(question.english()).isNotBlank().doesNotContain("'").hasSizeLessThanOrEqualTo(Question.TEXT_MAX);
				assertThat(question.french()).isNotBlank().doesNotContain("'").isNotEqualTo(question.english());
				assertThat(question.choices()).allSatisfy(choice -> assertThat(choice).hasSize(2)
					.allSatisfy(words -> assertThat(words).isNotBlank().hasSizeLessThanOrEqualTo(Question.CHOICE_MAX)));
			});
		}
	}
}
