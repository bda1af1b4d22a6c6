package org.wraparound.toolkit.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.WraparoundTest;
import org.wraparound.communities.CommunityManagement;

/** The demo community ran its needs survey in two rounds, and running the loader again adds nothing. */
@WraparoundTest
class DemoSurveysTests {

	@Autowired
	CommunityManagement communities;

	@Autowired
	Surveys surveys;

	@Autowired
	Responses responses;

	@Autowired
	DemoSurveys demo;

	@Test
	void mapleGroveHasANeedsSurveyAnsweredInTwoRounds() throws Exception {
		var community = communities.findBySlug(DemoSurveys.COMMUNITY).orElseThrow();
		demo.run(null);
		var listed = surveys.ofCommunity(community.id()).stream()
			.filter(survey -> survey.titleEn().equals("Community needs survey") && survey.answers() == 22).toList();
		assertThat(listed).hasSize(1);
		var survey = surveys.find(listed.get(0).id()).orElseThrow();
		assertThat(survey.status()).isEqualTo(SurveyStatus.OPEN);
		assertThat(survey.round()).isEqualTo(2);
		assertThat(responses.perRound(survey.id())).containsEntry(1, 12L).containsEntry(2, 10L);
		assertThat(responses.texts(survey.id())).isNotEmpty();
	}
}
