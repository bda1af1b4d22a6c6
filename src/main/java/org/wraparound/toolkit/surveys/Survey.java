package org.wraparound.toolkit.surveys;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.wraparound.communities.CommunityId;
import org.wraparound.platform.Language;

/** A community's survey with its questions in order; {@code round} is the round now taking (or last taking) answers. */
public record Survey(UUID id, CommunityId community, String basedOn, String titleEn, String titleFr, String introEn,
		String introFr, boolean anonymous, SurveyStatus status, Optional<String> token, int round, Instant createdAt,
		List<Question> questions) {

	static final int MAX_QUESTIONS = 40;

	public Survey {
		questions = List.copyOf(questions);
	}

	public String title(Language language) {
		return language == Language.FR ? titleFr : titleEn;
	}

	public String intro(Language language) {
		return language == Language.FR ? introFr : introEn;
	}

	public boolean draft() {
		return status == SurveyStatus.DRAFT;
	}

	public boolean open() {
		return status == SurveyStatus.OPEN;
	}

	Optional<Question> question(UUID question) {
		return questions.stream().filter(candidate -> candidate.id().equals(question)).findFirst();
	}
}
