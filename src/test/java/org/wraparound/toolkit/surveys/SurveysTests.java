package org.wraparound.toolkit.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.Demo;
import org.wraparound.HtmlChecker;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.communities.StartCommunity;

/**
 * A champion starts a survey from a built-in set, edits it, publishes it and closes it over real HTTP; people answer
 * at the public link without an account; bad answers get a message beside the question and nothing is kept; the
 * results and the CSV file count what was answered; other people's surveys do not exist for them.
 */
@WraparoundTest
class SurveysTests {

	static final String CHAMPION = "champion@wraparound.example";

	@LocalServerPort
	int port;

	@Autowired
	CommunityManagement communities;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Surveys surveys;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aChampionEditsPublishesAndClosesASurvey() {
		CommunitySummary community = newCommunity("Linden Park");
		Visitor claire = Demo.signedIn(port, CHAMPION);
		String path = start(claire, community, "readiness");
		Survey draft = survey(path);
		assertThat(draft.questions()).hasSize(9);
		assertThat(draft.titleFr()).isEqualTo("Autoévaluation : sommes-nous prêts?");
		String page = claire.get(path).body();
		assertThat(page).contains("Readiness self-check", "How openly do people here talk about serious illness",
				"Publish the survey");
		assertThat(HtmlChecker.errors(page)).isEmpty();

		Question second = draft.questions().get(1);
		assertThat(claire.post(path + "/questions/" + second.id() + "/up", Map.of()).status()).isEqualTo(302);
		assertThat(survey(path).questions().get(0).id()).isEqualTo(second.id());
		Question last = draft.questions().get(8);
		claire.post(path + "/questions/" + last.id() + "/remove", Map.of());
		assertThat(survey(path).questions()).hasSize(8).extracting(Question::id).doesNotContain(last.id());

		claire.get(path + "/questions/new");
		var added = claire.post(path + "/questions", question("multiple", "Which days suit you? ", "Quels jours?",
				"Monday | Lundi\r\nSaturday|Samedi\r\nSunday"));
		assertThat(added.status()).isEqualTo(302);
		Question addedQuestion = survey(path).questions().get(8);
		assertThat(addedQuestion.kind()).isEqualTo(QuestionKind.MULTIPLE);
		assertThat(addedQuestion.english()).isEqualTo("Which days suit you?");
		assertThat(addedQuestion.choices()).extracting(Choice::french).containsExactly("Lundi", "Samedi", "Sunday");

		claire.get(path + "/questions/" + addedQuestion.id());
		claire.post(path + "/questions/" + addedQuestion.id(), question("scale", "How tired are you?",
				"Êtes-vous fatigué?", "ignored | ignoré"));
		Question edited = survey(path).question(addedQuestion.id()).orElseThrow();
		assertThat(edited.kind()).isEqualTo(QuestionKind.SCALE);
		assertThat(edited.french()).isEqualTo("Êtes-vous fatigué?");
		assertThat(edited.choices()).isEmpty();

		claire.get(path);
		claire.post(path + "/anonymous", Map.of("anonymous", "false"));
		claire.post(path + "/publish", Map.of());
		Survey open = survey(path);
		assertThat(open.status()).isEqualTo(SurveyStatus.OPEN);
		assertThat(open.anonymous()).isFalse();
		assertThat(open.token()).isPresent();
		String published = claire.get(path).body();
		assertThat(published).contains("/surveys/" + open.token().get(), "Close the survey");
		assertThat(HtmlChecker.errors(published)).isEmpty();

		claire.post(path + "/questions/" + edited.id() + "/remove", Map.of());
		assertThat(survey(path).questions()).as("a published survey keeps its questions").hasSize(9);

		claire.post(path + "/close", Map.of());
		assertThat(survey(path).status()).isEqualTo(SurveyStatus.CLOSED);
		Visitor stranger = new Visitor(port);
		stranger.get("/signin");
		var closed = stranger.get("/surveys/" + open.token().get());
		assertThat(closed.status()).isEqualTo(410);
		assertThat(closed.body()).contains("This survey is closed");
		var late = stranger.post("/surveys/" + open.token().get(), Map.of("q-" + open.questions().get(0).id(), "3"));
		assertThat(late.status()).isEqualTo(410);
		assertThat(late.body()).contains("This survey is closed");
		assertThat(answers(open)).isZero();
	}

	@Test
	void badQuestionsGetAMessageBesideTheFieldAndAreNotSaved() {
		CommunitySummary community = newCommunity("Oak Ridge");
		Visitor claire = Demo.signedIn(port, CHAMPION);
		String path = start(claire, community, "readiness");
		claire.get(path + "/questions/new");
		var page = claire.post(path + "/questions", question("single", "", "<b>Quoi</b>", "Only one"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"english-error\"", "Please write the question.", "id=\"french-error\"",
				"id=\"choices-error\"", "Please give from 2 to 12 choices");
		assertThat(HtmlChecker.errors(page.body())).isEmpty();
		assertThat(survey(path).questions()).hasSize(9);
	}

	@Test
	void anyoneAnswersAnonymouslyAndBadAnswersAreRefusedBesideTheQuestion() {
		CommunitySummary community = newCommunity("Elm Grove");
		Visitor claire = Demo.signedIn(port, CHAMPION);
		String path = start(claire, community, "needs");
		claire.get(path);
		claire.post(path + "/publish", Map.of());
		Survey survey = survey(path);
		assertThat(survey.anonymous()).as("anonymous unless the champion says otherwise").isTrue();
		String link = "/surveys/" + survey.token().orElseThrow();
		Question who = survey.questions().get(0);
		Question help = survey.questions().get(1);
		Question ease = survey.questions().get(2);
		Question missing = survey.questions().get(10);

		for (String language : new String[] { "en", "fr" }) {
			var form = new Visitor(port).speaking(language).get(link);
			assertThat(form.status()).isEqualTo(200);
			assertThat(HtmlChecker.errors(form.body())).as(language).isEmpty();
		}
		Visitor neighbour = new Visitor(port);
		assertThat(neighbour.get(link).body()).contains("Community needs survey", "<fieldset", "<legend>Who are you answering as?");

		Map<String, List<String>> bad = new LinkedHashMap<>();
		bad.put(who.field(), List.of(survey.questions().get(4).choices().get(0).id().toString()));
		bad.put(help.field(), List.of());
		bad.put(ease.field(), List.of("9"));
		bad.put(missing.field(), List.of("<script>alert(1)</script>"));
		var refused = neighbour.postForm(link, encode(bad));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"" + who.field() + "-error\"", "Please pick one of the choices shown.",
				"id=\"" + help.field() + "-error\"", "Please answer this question.", "Please pick a number from 1 to 5.",
				"Please write plain text, without", "alert(1)")
			.doesNotContain("<script>alert");
		assertThat(HtmlChecker.errors(refused.body())).isEmpty();
		assertThat(neighbour.postForm(link, encode(Map.of(missing.field(), List.of("x".repeat(2001)), who.field(),
				List.of(who.choices().get(0).id().toString())))).body()).contains("2,000 characters or fewer");
		assertThat(answers(survey)).as("nothing kept").isZero();

		Visitor signedIn = Demo.signedIn(port, "volunteer@wraparound.example");
		signedIn.get(link);
		Map<String, List<String>> good = new LinkedHashMap<>();
		good.put(who.field(), List.of(who.choices().get(3).id().toString()));
		good.put(help.field(), List.of(help.choices().get(0).id().toString(), help.choices().get(1).id().toString()));
		good.put(ease.field(), List.of("2"));
		good.put(survey.questions().get(3).field(), List.of("4"));
		good.put(survey.questions().get(4).field(), List.of(survey.questions().get(4).choices().get(1).id().toString()));
		good.put(missing.field(), List.of("Rides =SUM(1) on Sundays"));
		var sent = signedIn.postForm(link, encode(good));
		assertThat(sent.status()).isEqualTo(302);
		assertThat(sent.location()).endsWith(link + "/thanks");
		assertThat(signedIn.get(link + "/thanks").body()).contains("Thank you");
		assertThat(jdbc.sql("select count(*) from toolkit_survey_response where survey_id = ? and account_id is null")
			.param(survey.id()).query(Long.class).single()).as("anonymous: no account kept").isEqualTo(1);
		assertThat(answers(survey)).isEqualTo(1);
	}

	@Test
	void theResultsCountEachRoundAndTheCsvHasEveryAnswerWithFormulasDefused() {
		CommunitySummary community = newCommunity("Maple Bend");
		Visitor claire = Demo.signedIn(port, CHAMPION);
		String path = start(claire, community, "needs");
		claire.get(path);
		claire.post(path + "/anonymous", Map.of("anonymous", "false"));
		claire.post(path + "/publish", Map.of());
		Survey survey = survey(path);
		String link = "/surveys/" + survey.token().orElseThrow();
		Question who = survey.questions().get(0);
		Question help = survey.questions().get(1);
		Question ease = survey.questions().get(2);
		Question caregivers = survey.questions().get(3);
		Question ask = survey.questions().get(4);
		Question missing = survey.questions().get(10);

		send(new Visitor(port), link, who, help, ease, caregivers, ask, missing, 0, "=HYPERLINK(\"http://x\")");
		send(new Visitor(port), link, who, help, ease, caregivers, ask, missing, 1, "More rides, please");
		Visitor sam = Demo.signedIn(port, "volunteer@wraparound.example");
		send(sam, link, who, help, ease, caregivers, ask, missing, 1, "");
		claire.get(path);
		claire.post(path + "/close", Map.of());
		claire.get(path);
		claire.post(path + "/round", Map.of());
		assertThat(survey(path).round()).isEqualTo(2);
		send(new Visitor(port), link, who, help, ease, caregivers, ask, missing, 0, "");

		var results = claire.get(path + "/results");
		assertThat(results.status()).isEqualTo(200);
		assertThat(HtmlChecker.errors(results.body())).isEmpty();
		String body = results.body();
		assertThat(body).contains("<canvas class=\"survey-chart\"", "/js/table-charts.js", "Round 1", "Round 2",
				"More rides, please", "=HYPERLINK(");
		assertThat(body).containsPattern("<th scope=\"row\">" + who.choices().get(0).english()
				+ "</th>\\s*<td>1</td>\\s*<td>1</td>");
		assertThat(body).containsPattern("<th scope=\"row\">" + who.choices().get(1).english()
				+ "</th>\\s*<td>2</td>\\s*<td>0</td>");
		assertThat(body).containsPattern("<th scope=\"row\">3 – somewhat</th>\\s*<td>3</td>\\s*<td>1</td>");

		var csv = claire.download(path + "/results.csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type").orElseThrow()).startsWith("text/csv");
		String text = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
		List<String> lines = text.lines().toList();
		assertThat(lines).hasSize(5);
		assertThat(lines.get(0)).startsWith("\"Round\",\"Date\",\"Language\",\"Person\",\"Who are you answering as?\"");
		assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\")\"", "\"Sam Okafor\"", "\"More rides, please\"",
				"\"Meals; Rides\"");
		assertThat(lines.get(4)).startsWith("\"2\",");
	}

	@Test
	void otherPeoplesSurveysAndUnknownLinksDoNotExist() {
		var founder = accounts.findByEmail("volunteer@wraparound.example").orElseThrow().id();
		CommunitySummary theirs = communities.start(new StartCommunity("Elsewhere " + UUID.randomUUID(), "Far away",
				ZoneId.of("America/Toronto"), founder));
		Visitor sam = Demo.signedIn(port, "volunteer@wraparound.example");
		String path = start(sam, theirs, "readiness");
		Visitor claire = Demo.signedIn(port, CHAMPION);
		for (String other : new String[] { "/toolkit/" + theirs.slug() + "/surveys", path, path + "/results",
				path + "/results.csv", path + "/questions/new",
				"/toolkit/maple-grove-compassionate-community/surveys/" + UUID.randomUUID(),
				"/toolkit/maple-grove-compassionate-community/surveys/not-an-id", "/surveys/no-such-link",
				"/surveys/" + "x".repeat(200) }) {
			assertThat(claire.get(other).status()).as(other).isEqualTo(404);
		}
		claire.get("/toolkit/maple-grove-compassionate-community/surveys");
		assertThat(claire.post(path + "/publish", Map.of()).status()).isEqualTo(404);
		assertThat(claire.post("/toolkit/" + theirs.slug() + "/surveys", Map.of("set", "needs")).status()).isEqualTo(404);
		assertThat(survey(path).status()).isEqualTo(SurveyStatus.DRAFT);
		Visitor member = Demo.signedIn(port, "member@wraparound.example");
		assertThat(member.get("/toolkit/maple-grove-compassionate-community/surveys").status()).isEqualTo(404);
		assertThat(new Visitor(port).get("/toolkit/maple-grove-compassionate-community/surveys").status())
			.as("signed out: to the sign-in page").isEqualTo(302);
		assertThat(claire.post("/toolkit/maple-grove-compassionate-community/surveys", Map.of("set", "nope")).status())
			.isEqualTo(404);
	}

	@Test
	void theChampionsSurveyPagesAreValidInBothLanguages() {
		Visitor claire = Demo.signedIn(port, CHAMPION);
		String base = "/toolkit/maple-grove-compassionate-community/surveys";
		String demo = claire.get(base).body();
		String id = demo.replaceAll("(?s).*?href=\"" + base + "/([0-9a-f-]{36})\".*", "$1");
		for (String language : new String[] { "en", "fr" }) {
			claire.speaking(language);
			for (String path : new String[] { base, base + "/" + id, base + "/" + id + "/results" }) {
				var page = claire.get(path + "?lang=" + language);
				assertThat(page.status()).as(path).isEqualTo(200);
				assertThat(HtmlChecker.errors(page.body())).as("%s in %s", path, language).isEmpty();
			}
		}
	}

	@Test
	void answersFromOneAddressAreLimitedAndTheThanksAndClosedPagesAreValid() {
		CommunitySummary community = newCommunity("Ash Hollow");
		Visitor claire = Demo.signedIn(port, CHAMPION);
		String path = start(claire, community, "readiness");
		claire.get(path);
		claire.post(path + "/publish", Map.of());
		Survey survey = survey(path);
		String link = "/surveys/" + survey.token().orElseThrow();
		Visitor flood = new Visitor(port);
		for (String language : new String[] { "en", "fr" }) {
			flood.speaking(language).get(link);
			var thanks = flood.get(link + "/thanks");
			assertThat(HtmlChecker.errors(thanks.body())).as(language).isEmpty();
		}
		flood.speaking("en").get(link);
		int refused = 0;
		for (int i = 0; i < 13; i++) {
			var answer = flood.postForm(link, encode(Map.of(survey.questions().get(0).field(), List.of("9"))));
			if (answer.status() == 429) {
				refused++;
				assertThat(answer.header("Retry-After")).isPresent();
				assertThat(answer.body()).contains("Many answers came from your connection");
				assertThat(HtmlChecker.errors(answer.body())).isEmpty();
			}
		}
		assertThat(refused).as("the 13th try is over the test limit of 12").isEqualTo(1);
		assertThat(answers(survey)).isZero();

		claire.get(path);
		claire.post(path + "/close", Map.of());
		for (String language : new String[] { "en", "fr" }) {
			var closed = new Visitor(port).speaking(language).get(link);
			assertThat(closed.status()).isEqualTo(410);
			assertThat(HtmlChecker.errors(closed.body())).as(language).isEmpty();
		}
	}

	private void send(Visitor visitor, String link, Question who, Question help, Question ease, Question caregivers,
			Question ask, Question missing, int choice, String text) {
		visitor.get(link);
		Map<String, List<String>> form = new LinkedHashMap<>();
		form.put(who.field(), List.of(who.choices().get(choice).id().toString()));
		form.put(help.field(), List.of(help.choices().get(0).id().toString(), help.choices().get(1).id().toString()));
		form.put(ease.field(), List.of("3"));
		form.put(caregivers.field(), List.of("2"));
		form.put(ask.field(), List.of(ask.choices().get(0).id().toString()));
		form.put(missing.field(), List.of(text));
		assertThat(visitor.postForm(link, encode(form)).status()).isEqualTo(302);
	}

	static String encode(Map<String, List<String>> form) {
		StringBuilder body = new StringBuilder();
		form.forEach((name, values) -> values.forEach(value -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
		return body.toString();
	}

	private String start(Visitor visitor, CommunitySummary community, String set) {
		visitor.get("/toolkit/" + community.slug() + "/surveys");
		var started = visitor.post("/toolkit/" + community.slug() + "/surveys", Map.of("set", set));
		assertThat(started.status()).isEqualTo(302);
		String location = started.location();
		return location.substring(location.indexOf("/toolkit/"));
	}

	private Survey survey(String path) {
		return surveys.find(UUID.fromString(path.substring(path.lastIndexOf('/') + 1))).orElseThrow();
	}

	private long answers(Survey survey) {
		return jdbc.sql("select count(*) from toolkit_survey_response where survey_id = ?").param(survey.id())
			.query(Long.class).single();
	}

	private CommunitySummary newCommunity(String name) {
		var claire = accounts.findByEmail(CHAMPION).orElseThrow().id();
		return communities.start(new StartCommunity(name + " " + UUID.randomUUID().toString().substring(0, 8),
				"Riverbend County", ZoneId.of("America/Toronto"), claire));
	}

	private static Map<String, String> question(String kind, String english, String french, String choices) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("kind", kind);
		form.put("required", "true");
		form.put("english", english);
		form.put("french", french);
		form.put("choices", choices);
		return form;
	}
}
