package org.wraparound.toolkit.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;
import org.wraparound.platform.Language;
import org.wraparound.toolkit.SurveyAnswered;

/**
 * An answer is announced with the community, the survey and the moment; an anonymous survey keeps no account and
 * only the day; a closed survey or a bad answer keeps and announces nothing.
 */
class SurveyAnsweredTests {

	final Instant now = Instant.parse("2026-03-04T21:30:00Z");
	final Surveys surveys = mock(Surveys.class);
	final Responses responses = mock(Responses.class);
	final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
	final SurveyManagement management = new SurveyManagement(surveys, responses, events,
			Clock.fixed(now, ZoneOffset.UTC));
	final Question scale = new Question(UUID.randomUUID(), QuestionKind.SCALE, true, "How?", "Comment?", List.of());
	final CommunityId community = new CommunityId(UUID.randomUUID());
	final AccountId sam = new AccountId(UUID.randomUUID());
	final ZoneId toronto = ZoneId.of("America/Toronto");

	@Test
	void anAnonymousAnswerIsAnnouncedAndKeepsNoAccountAndOnlyTheDay() {
		Survey survey = survey(true, SurveyStatus.OPEN);
		UUID response = UUID.randomUUID();
		when(responses.save(any(), anyInt(), any(), any(), any(), anyList())).thenReturn(response);
		boolean kept = management.answer(survey, form(survey, "4"), Language.FR, Optional.of(sam), toronto);
		assertThat(kept).isTrue();
		verify(responses).save(eq(survey.id()), eq(1), eq(Optional.empty()), eq(Language.FR),
				eq(Instant.parse("2026-03-04T05:00:00Z")), anyList());
		verify(events).publishEvent(new SurveyAnswered(community, survey.id(), now, response));
	}

	@Test
	void aNamedSurveyKeepsTheAccountAndTheMoment() {
		Survey survey = survey(false, SurveyStatus.OPEN);
		management.answer(survey, form(survey, "2"), Language.EN, Optional.of(sam), toronto);
		verify(responses).save(eq(survey.id()), eq(1), eq(Optional.of(sam)), eq(Language.EN), eq(now), anyList());
	}

	@Test
	void aClosedSurveyOrABadAnswerKeepsAndAnnouncesNothing() {
		Survey closed = survey(true, SurveyStatus.CLOSED);
		assertThat(management.answer(closed, form(closed, "4"), Language.EN, Optional.empty(), toronto)).isFalse();
		Survey open = survey(true, SurveyStatus.OPEN);
		assertThat(management.answer(open, form(open, "6"), Language.EN, Optional.empty(), toronto)).isFalse();
		verify(responses, never()).save(any(), anyInt(), any(), any(), any(), anyList());
		verifyNoInteractions(events);
	}

	private Survey survey(boolean anonymous, SurveyStatus status) {
		return new Survey(UUID.randomUUID(), community, "needs", "T", "T", "I", "I", anonymous, status,
				Optional.of("token"), 1, now, List.of(scale));
	}

	private AnswerForm form(Survey survey, String value) {
		return AnswerForm.read(survey, Map.of(scale.field(), List.of(value)));
	}
}
