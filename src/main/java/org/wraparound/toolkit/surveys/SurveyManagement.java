package org.wraparound.toolkit.surveys;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;
import org.wraparound.platform.Language;
import org.wraparound.platform.SecretTokens;
import org.wraparound.toolkit.SurveyAnswered;

/**
 * A community's surveys: starting one from a built-in set, editing its questions while it is a draft, publishing,
 * closing and running it again, and taking answers through its public link. Who may do what is decided by the
 * caller (the community's champions; anyone with the link answers).
 */
@Service
@Transactional(readOnly = true)
class SurveyManagement {

	private final Surveys surveys;
	private final Responses responses;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SurveyManagement(Surveys surveys, Responses responses, ApplicationEventPublisher events, Clock clock) {
		this.surveys = surveys;
		this.responses = responses;
		this.events = events;
		this.clock = clock;
	}

	List<SurveyListing> of(CommunityId community) {
		return surveys.ofCommunity(community);
	}

	/** The survey, when it is this community's. */
	Optional<Survey> find(CommunityId community, UUID id) {
		return surveys.find(id).filter(survey -> survey.community().equals(community));
	}

	Optional<Survey> byToken(String token) {
		return SecretTokens.plausible(token) ? surveys.findByToken(token) : Optional.empty();
	}

	List<SurveyRound> rounds(Survey survey) {
		return surveys.rounds(survey.id());
	}

	@Transactional
	UUID start(CommunityId community, QuestionSet set, AccountId by) {
		return surveys.create(community, set, true, by, clock.instant());
	}

	/** Adds a question at the end of a draft; false when the survey is no longer a draft or already full. */
	@Transactional
	boolean add(Survey survey, QuestionSet.Draft question) {
		if (!survey.draft() || survey.questions().size() >= Survey.MAX_QUESTIONS) {
			return false;
		}
		surveys.addQuestion(survey.id(), survey.questions().size() + 1, question);
		return true;
	}

	@Transactional
	boolean edit(Survey survey, UUID question, QuestionSet.Draft with) {
		if (!survey.draft() || survey.question(question).isEmpty()) {
			return false;
		}
		surveys.replaceQuestion(question, with);
		return true;
	}

	@Transactional
	boolean remove(Survey survey, UUID question) {
		if (!survey.draft() || survey.question(question).isEmpty()) {
			return false;
		}
		surveys.removeQuestion(question);
		return true;
	}

	/** Moves a question one place up (or down); false when it cannot move. */
	@Transactional
	boolean move(Survey survey, UUID question, boolean up) {
		List<UUID> order = new ArrayList<>(survey.questions().stream().map(Question::id).toList());
		int at = order.indexOf(question);
		int to = up ? at - 1 : at + 1;
		if (!survey.draft() || at < 0 || to < 0 || to >= order.size()) {
			return false;
		}
		order.set(at, order.get(to));
		order.set(to, question);
		surveys.order(order);
		return true;
	}

	@Transactional
	void anonymous(Survey survey, boolean anonymous) {
		surveys.setAnonymous(survey.id(), anonymous);
	}

	@Transactional
	boolean publish(Survey survey) {
		return !survey.questions().isEmpty() && surveys.publish(survey.id(), SecretTokens.newToken(), clock.instant());
	}

	@Transactional
	boolean close(Survey survey) {
		return surveys.close(survey.id(), clock.instant());
	}

	@Transactional
	boolean newRound(Survey survey) {
		return surveys.newRound(survey.id(), clock.instant());
	}

	/**
	 * Keeps a valid answer to an open survey and announces it. An anonymous survey keeps no account and only the day
	 * of the answer; a named one keeps the account of someone signed in.
	 */
	@Transactional
	boolean answer(Survey survey, AnswerForm form, Language language, Optional<AccountId> by, ZoneId zone) {
		if (!survey.open() || !form.valid()) {
			return false;
		}
		Instant now = clock.instant();
		Instant at = survey.anonymous() ? now.atZone(zone).truncatedTo(ChronoUnit.DAYS).toInstant() : now;
		UUID response = responses.save(survey.id(), survey.round(), survey.anonymous() ? Optional.empty() : by,
				language, at, form.answers());
		events.publishEvent(new SurveyAnswered(survey.community(), survey.id(), now, response));
		return true;
	}

	Results results(Survey survey) {
		return Results.of(survey, surveys.rounds(survey.id()), responses.perRound(survey.id()),
				responses.counts(survey.id()), responses.texts(survey.id()));
	}

	List<Responses.Response> responses(Survey survey) {
		return responses.all(survey.id());
	}

	Map<Integer, Long> perRound(Survey survey) {
		return responses.perRound(survey.id());
	}
}
