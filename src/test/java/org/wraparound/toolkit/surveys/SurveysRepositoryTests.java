package org.wraparound.toolkit.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.DatabaseTest;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.communities.StartCommunity;
import org.wraparound.platform.Language;

/** Surveys, their questions, rounds and answers are kept and counted the same way on H2 and PostgreSQL. */
@DatabaseTest
class SurveysRepositoryTests {

	@Autowired
	Surveys surveys;

	@Autowired
	Responses responses;

	@Autowired
	CommunityManagement communities;

	@Autowired
	AccountManagement accounts;

	@Test
	void aSurveyKeepsItsQuestionsInOrderAndItsRoundsAndCountsItsAnswers() {
		AccountId claire = accounts.findByEmail("champion@wraparound.example").orElseThrow().id();
		CommunitySummary community = communities.start(new StartCommunity("Kept " + UUID.randomUUID(), "Here",
				ZoneId.of("America/Toronto"), claire));
		QuestionSet needs = QuestionSet.byKey("needs").orElseThrow();
		Instant start = Instant.parse("2026-01-05T15:00:00Z");
		UUID id = surveys.create(community.id(), needs, true, claire, start);
		Survey draft = surveys.find(id).orElseThrow();
		assertThat(draft.questions()).hasSize(needs.questions().size());
		assertThat(draft.questions().get(1).choices()).extracting(Choice::english).startsWith("Meals", "Rides");
		assertThat(draft.token()).isEmpty();

		Question first = draft.questions().get(0);
		Question second = draft.questions().get(1);
		surveys.order(List.of(second.id(), first.id()));
		surveys.replaceQuestion(first.id(), new QuestionSet.Draft(QuestionKind.SINGLE, false, "É".repeat(500),
				"Ç".repeat(500), List.of(new String[] { "Oui", "Yes" }, new String[] { "Non", "No" })));
		Survey edited = surveys.find(id).orElseThrow();
		assertThat(edited.questions().get(0).id()).isEqualTo(second.id());
		assertThat(edited.questions().get(1).english()).hasSize(500);
		assertThat(edited.questions().get(1).choices()).extracting(Choice::french).containsExactly("Yes", "No");

		assertThat(surveys.publish(id, "token-" + id, start)).isTrue();
		assertThat(surveys.publish(id, "again-" + id, start)).as("only a draft is published").isFalse();
		assertThat(surveys.findByToken("token-" + id)).map(Survey::status).hasValue(SurveyStatus.OPEN);
		Survey open = surveys.find(id).orElseThrow();
		Question single = open.questions().get(1);
		Question scale = open.questions().get(2);
		Question text = open.questions().get(10);
		String written = "Des repas, s’il vous plaît ".repeat(70).strip();
		responses.save(id, 1, Optional.empty(), Language.FR, start, List.of(
				new Responses.Given(single.id(), single.choices().get(0).id(), null, null),
				new Responses.Given(scale.id(), null, 4, null),
				new Responses.Given(text.id(), null, null, written)));
		assertThat(surveys.close(id, start.plusSeconds(60))).isTrue();
		assertThat(surveys.newRound(id, start.plusSeconds(120))).isTrue();
		responses.save(id, 2, Optional.of(claire), Language.EN, start.plusSeconds(180), List.of(
				new Responses.Given(single.id(), single.choices().get(0).id(), null, null),
				new Responses.Given(scale.id(), null, 4, null)));

		assertThat(surveys.find(id).orElseThrow().round()).isEqualTo(2);
		assertThat(surveys.rounds(id)).extracting(SurveyRound::number).containsExactly(1, 2);
		assertThat(surveys.rounds(id).get(0).closedAt()).hasValue(start.plusSeconds(60));
		assertThat(surveys.rounds(id).get(1).closedAt()).isEmpty();
		assertThat(responses.perRound(id)).containsEntry(1, 1L).containsEntry(2, 1L);
		assertThat(responses.counts(id)).contains(new Responses.Count(1, scale.id(), null, 4, 1),
				new Responses.Count(2, single.id(), single.choices().get(0).id(), null, 1));
		assertThat(responses.texts(id)).singleElement().satisfies(answer -> assertThat(answer.text()).isEqualTo(written));
		List<Responses.Response> all = responses.all(id);
		assertThat(all).extracting(Responses.Response::round).containsExactly(1, 2);
		assertThat(all.get(0).by()).isEmpty();
		assertThat(all.get(1).by()).hasValue(claire);
		assertThat(all.get(0).answers()).hasSize(3);
		assertThat(surveys.ofCommunity(community.id())).singleElement()
			.satisfies(listed -> assertThat(listed.answers()).isEqualTo(2));

		surveys.removeQuestion(scale.id());
		assertThat(responses.counts(id)).as("a removed question takes its answers").noneMatch(
				count -> count.question().equals(scale.id()));
	}
}
