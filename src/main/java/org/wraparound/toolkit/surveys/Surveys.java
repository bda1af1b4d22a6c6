package org.wraparound.toolkit.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;

/** The surveys, their questions, choices and rounds. */
@Component
class Surveys {

	private final JdbcClient jdbc;

	Surveys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID create(CommunityId community, QuestionSet set, boolean anonymous, AccountId by, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into toolkit_survey (id, community_id, based_on, title_en, title_fr, intro_en, intro_fr, anonymous,
				status, round, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', 1, ?, ?)""")
			.params(id, community.value(), set.key(), set.titleEn(), set.titleFr(), set.introEn(), set.introFr(),
					anonymous, by.value(), Timestamp.from(now))
			.update();
		int position = 0;
		for (QuestionSet.Draft question : set.questions()) {
			addQuestion(id, ++position, question);
		}
		return id;
	}

	void addQuestion(UUID survey, int position, QuestionSet.Draft question) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into toolkit_survey_question (id, survey_id, position, kind, required, text_en, text_fr)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, survey, position, question.kind().name(), question.required(), question.english(),
					question.french())
			.update();
		addChoices(id, question.choices());
	}

	void replaceQuestion(UUID question, QuestionSet.Draft with) {
		jdbc.sql("update toolkit_survey_question set kind = ?, required = ?, text_en = ?, text_fr = ? where id = ?")
			.params(with.kind().name(), with.required(), with.english(), with.french(), question).update();
		jdbc.sql("delete from toolkit_survey_choice where question_id = ?").param(question).update();
		addChoices(question, with.choices());
	}

	private void addChoices(UUID question, List<String[]> choices) {
		int position = 0;
		for (String[] choice : choices) {
			jdbc.sql("""
					insert into toolkit_survey_choice (id, question_id, position, text_en, text_fr) values (?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), question, ++position, choice[0], choice[1]).update();
		}
	}

	void removeQuestion(UUID question) {
		jdbc.sql("delete from toolkit_survey_question where id = ?").param(question).update();
	}

	/** Puts the questions in this order (positions 1, 2, 3…). */
	void order(List<UUID> questions) {
		int position = 0;
		for (UUID question : questions) {
			jdbc.sql("update toolkit_survey_question set position = ? where id = ?").params(++position, question).update();
		}
	}

	void setAnonymous(UUID survey, boolean anonymous) {
		jdbc.sql("update toolkit_survey set anonymous = ? where id = ? and status = 'DRAFT'").params(anonymous, survey)
			.update();
	}

	/** Opens a draft at its public link, as round 1; false when it was no longer a draft. */
	boolean publish(UUID survey, String token, Instant now) {
		int changed = jdbc.sql("update toolkit_survey set status = 'OPEN', token = ? where id = ? and status = 'DRAFT'")
			.params(token, survey).update();
		if (changed == 1) {
			jdbc.sql("insert into toolkit_survey_round (survey_id, round, opened_at) values (?, 1, ?)")
				.params(survey, Timestamp.from(now)).update();
		}
		return changed == 1;
	}

	boolean close(UUID survey, Instant now) {
		int changed = jdbc.sql("update toolkit_survey set status = 'CLOSED' where id = ? and status = 'OPEN'")
			.param(survey).update();
		jdbc.sql("""
				update toolkit_survey_round set closed_at = ? where survey_id = ? and closed_at is null""")
			.params(Timestamp.from(now), survey).update();
		return changed == 1;
	}

	/** Opens the next round of a closed survey at the same link. */
	boolean newRound(UUID survey, Instant now) {
		int changed = jdbc.sql("""
				update toolkit_survey set status = 'OPEN', round = round + 1 where id = ? and status = 'CLOSED'""")
			.param(survey).update();
		if (changed == 1) {
			jdbc.sql("""
					insert into toolkit_survey_round (survey_id, round, opened_at)
					select id, round, ? from toolkit_survey where id = ?""")
				.params(Timestamp.from(now), survey).update();
		}
		return changed == 1;
	}

	Optional<Survey> find(UUID id) {
		return jdbc.sql("select * from toolkit_survey where id = ?").param(id).query(this::survey).optional()
			.map(this::withQuestions);
	}

	Optional<Survey> findByToken(String token) {
		return jdbc.sql("select * from toolkit_survey where token = ?").param(token).query(this::survey).optional()
			.map(this::withQuestions);
	}

	List<SurveyListing> ofCommunity(CommunityId community) {
		return jdbc.sql("""
				select s.id, s.title_en, s.title_fr, s.status, s.round,
				(select count(*) from toolkit_survey_response r where r.survey_id = s.id) as answers
				from toolkit_survey s where s.community_id = ? order by s.created_at desc, s.id""")
			.param(community.value())
			.query((row, n) -> new SurveyListing(row.getObject("id", UUID.class), row.getString("title_en"),
					row.getString("title_fr"), SurveyStatus.valueOf(row.getString("status")), row.getInt("round"),
					row.getLong("answers")))
			.list();
	}

	List<SurveyRound> rounds(UUID survey) {
		return jdbc.sql("select round, opened_at, closed_at from toolkit_survey_round where survey_id = ? order by round")
			.param(survey)
			.query((row, n) -> new SurveyRound(row.getInt("round"), row.getTimestamp("opened_at").toInstant(),
					Optional.ofNullable(row.getTimestamp("closed_at")).map(Timestamp::toInstant)))
			.list();
	}

	private Survey survey(ResultSet row, int n) throws SQLException {
		return new Survey(row.getObject("id", UUID.class), new CommunityId(row.getObject("community_id", UUID.class)),
				row.getString("based_on"), row.getString("title_en"), row.getString("title_fr"),
				row.getString("intro_en"), row.getString("intro_fr"), row.getBoolean("anonymous"),
				SurveyStatus.valueOf(row.getString("status")), Optional.ofNullable(row.getString("token")),
				row.getInt("round"), row.getTimestamp("created_at").toInstant(), List.of());
	}

	private Survey withQuestions(Survey survey) {
		Map<UUID, List<Choice>> choices = new LinkedHashMap<>();
		jdbc.sql("""
				select c.id, c.question_id, c.text_en, c.text_fr from toolkit_survey_choice c
				join toolkit_survey_question q on q.id = c.question_id where q.survey_id = ? order by c.position, c.id""")
			.param(survey.id())
			.query(row -> {
				choices.computeIfAbsent(row.getObject("question_id", UUID.class), ignored -> new ArrayList<>())
					.add(new Choice(row.getObject("id", UUID.class), row.getString("text_en"), row.getString("text_fr")));
			});
		List<Question> questions = jdbc.sql("""
				select id, kind, required, text_en, text_fr from toolkit_survey_question where survey_id = ?
				order by position, id""")
			.param(survey.id())
			.query((row, n) -> {
				UUID id = row.getObject("id", UUID.class);
				return new Question(id, QuestionKind.valueOf(row.getString("kind")), row.getBoolean("required"),
						row.getString("text_en"), row.getString("text_fr"), choices.getOrDefault(id, List.of()));
			})
			.list();
		return new Survey(survey.id(), survey.community(), survey.basedOn(), survey.titleEn(), survey.titleFr(),
				survey.introEn(), survey.introFr(), survey.anonymous(), survey.status(), survey.token(), survey.round(),
				survey.createdAt(), questions);
	}
}
