package org.wraparound.toolkit.surveys;

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
import org.wraparound.platform.Language;

/** The answers given to surveys: one response per person answering, one row per choice, scale value or text. */
@Component
class Responses {

	private final JdbcClient jdbc;

	Responses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID save(UUID survey, int round, Optional<AccountId> by, Language language, Instant at, List<Given> answers) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into toolkit_survey_response (id, survey_id, round, account_id, language, answered_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, survey, round, by.map(AccountId::value).orElse(null), language.code(), Timestamp.from(at))
			.update();
		for (Given answer : answers) {
			jdbc.sql("""
					insert into toolkit_survey_answer (response_id, question_id, choice_id, scale, answer_text)
					values (?, ?, ?, ?, ?)""")
				.params(id, answer.question(), answer.choice(), answer.scale(), answer.text()).update();
		}
		return id;
	}

	/** How many people answered in each round. */
	Map<Integer, Long> perRound(UUID survey) {
		Map<Integer, Long> counts = new LinkedHashMap<>();
		jdbc.sql("select round, count(*) as n from toolkit_survey_response where survey_id = ? group by round order by round")
			.param(survey).query(row -> {
				counts.put(row.getInt("round"), row.getLong("n"));
			});
		return counts;
	}

	/** How often each choice and each scale value was given, per round and question. */
	List<Count> counts(UUID survey) {
		return jdbc.sql("""
				select r.round, a.question_id, a.choice_id, a.scale, count(*) as n
				from toolkit_survey_answer a join toolkit_survey_response r on r.id = a.response_id
				where r.survey_id = ? and (a.choice_id is not null or a.scale is not null)
				group by r.round, a.question_id, a.choice_id, a.scale""")
			.param(survey)
			.query((row, n) -> new Count(row.getInt("round"), row.getObject("question_id", UUID.class),
					row.getObject("choice_id", UUID.class), (Integer) row.getObject("scale", Integer.class),
					row.getLong("n")))
			.list();
	}

	/** Every free-text answer, oldest first. */
	List<TextAnswer> texts(UUID survey) {
		return jdbc.sql("""
				select r.round, a.question_id, a.answer_text from toolkit_survey_answer a
				join toolkit_survey_response r on r.id = a.response_id
				where r.survey_id = ? and a.answer_text is not null order by r.round, r.answered_at, r.id""")
			.param(survey)
			.query((row, n) -> new TextAnswer(row.getInt("round"), row.getObject("question_id", UUID.class),
					row.getString("answer_text")))
			.list();
	}

	/** Every response with its answers, oldest first (for the CSV file). */
	List<Response> all(UUID survey) {
		Map<UUID, List<Given>> answers = new LinkedHashMap<>();
		jdbc.sql("""
				select a.response_id, a.question_id, a.choice_id, a.scale, a.answer_text from toolkit_survey_answer a
				join toolkit_survey_response r on r.id = a.response_id where r.survey_id = ?""")
			.param(survey)
			.query(row -> {
				answers.computeIfAbsent(row.getObject("response_id", UUID.class), ignored -> new ArrayList<>())
					.add(new Given(row.getObject("question_id", UUID.class), row.getObject("choice_id", UUID.class),
							(Integer) row.getObject("scale", Integer.class), row.getString("answer_text")));
			});
		return jdbc.sql("""
				select id, round, account_id, language, answered_at from toolkit_survey_response where survey_id = ?
				order by round, answered_at, id""")
			.param(survey)
			.query((row, n) -> {
				UUID id = row.getObject("id", UUID.class);
				return new Response(id, row.getInt("round"),
						Optional.ofNullable(row.getObject("account_id", UUID.class)).map(AccountId::new),
						Language.parse(row.getString("language")).orElse(Language.EN),
						row.getTimestamp("answered_at").toInstant(), answers.getOrDefault(id, List.of()));
			})
			.list();
	}

	/** One answer row: a chosen choice, a scale value or a text (the others null). */
	record Given(UUID question, UUID choice, Integer scale, String text) {
	}

	record Count(int round, UUID question, UUID choice, Integer scale, long count) {
	}

	record Response(UUID id, int round, Optional<AccountId> by, Language language, Instant at, List<Given> answers) {
	}
}
