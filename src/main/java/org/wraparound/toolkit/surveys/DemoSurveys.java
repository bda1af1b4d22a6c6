package org.wraparound.toolkit.surveys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.platform.ConditionalOnDemoData;
import org.wraparound.platform.Language;
import org.wraparound.platform.SecretTokens;

/**
 * The demo community ran its needs survey twice: twelve made-up answers in a first round four months ago, and ten in
 * a second round, still open, in which meals matter a little less and rides a little more. Loaded once: a community
 * with any survey is left alone.
 */
@Component
@ConditionalOnDemoData
@Order(75)
class DemoSurveys implements ApplicationRunner {

	static final String COMMUNITY = "maple-grove-compassionate-community";
	static final String[] WRITTEN = { "Rides to the cancer centre in the city.", "Someone to sit with my husband so I can shop.",
			"A grief group that meets in the evening.", "Meals for a few weeks after a hospital stay.",
			"Information in French.", "Help with snow in winter." };

	private final CommunityManagement communities;
	private final AccountManagement accounts;
	private final Surveys surveys;
	private final Responses responses;
	private final TransactionTemplate transactions;
	private final Clock clock;

	DemoSurveys(CommunityManagement communities, AccountManagement accounts, Surveys surveys, Responses responses,
			TransactionTemplate transactions, Clock clock) {
		this.communities = communities;
		this.accounts = accounts;
		this.surveys = surveys;
		this.responses = responses;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		var community = communities.findBySlug(COMMUNITY);
		var champion = accounts.findByEmail("champion@wraparound.example");
		if (community.isEmpty() || champion.isEmpty() || !surveys.ofCommunity(community.get().id()).isEmpty()) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			Instant now = clock.instant();
			Instant first = now.minus(Duration.ofDays(120));
			QuestionSet needs = QuestionSet.byKey("needs").orElseThrow();
			var id = surveys.create(community.get().id(), needs, true, champion.get().id(), first);
			surveys.publish(id, SecretTokens.newToken(), first);
			Survey survey = surveys.find(id).orElseThrow();
			Random random = new Random(75);
			for (int i = 0; i < 12; i++) {
				answer(survey, 1, first.plus(Duration.ofDays(1 + i)), random, false);
			}
			surveys.close(id, first.plus(Duration.ofDays(21)));
			Instant second = now.minus(Duration.ofDays(14));
			surveys.newRound(id, second);
			for (int i = 0; i < 10; i++) {
				answer(survey, 2, second.plus(Duration.ofDays(i % 10)), random, true);
			}
		});
	}

	private void answer(Survey survey, int round, Instant at, Random random, boolean later) {
		List<Responses.Given> answers = new ArrayList<>();
		for (Question question : survey.questions()) {
			switch (question.kind()) {
				case SINGLE -> answers.add(new Responses.Given(question.id(),
						question.choices().get(random.nextInt(question.choices().size())).id(), null, null));
				case MULTIPLE -> {
					for (int c = 0; c < question.choices().size(); c++) {
						// meals first, rides second: the later round asks a little less for meals and more for rides
						int odds = c == 0 ? (later ? 40 : 70) : c == 1 ? (later ? 75 : 45) : 35;
						if (random.nextInt(100) < odds) {
							answers.add(new Responses.Given(question.id(), question.choices().get(c).id(), null, null));
						}
					}
				}
				case SCALE -> answers.add(new Responses.Given(question.id(), null,
						Math.min(5, 1 + random.nextInt(4) + (later ? 1 : 0)), null));
				case TEXT -> {
					if (random.nextInt(3) == 0) {
						answers.add(new Responses.Given(question.id(), null, null, WRITTEN[random.nextInt(WRITTEN.length)]));
					}
				}
			}
		}
		responses.save(survey.id(), round, Optional.empty(), random.nextInt(3) == 0 ? Language.FR : Language.EN,
				at.truncatedTo(ChronoUnit.DAYS), answers);
	}
}
