package org.wraparound.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.wraparound.accounts.AccountId;
import org.wraparound.helping.HelpKind;

/** The reasons a coordinator reads, rendered from the application's own message files. */
class ReasonsTests {

	static final UUID MARIA = new UUID(1, 1);

	final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	ReasonsTests() {
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	@Test
	void aCoordinatorSeesDistanceLanguageAndHistoryInTheirLanguage() {
		// about 1.8 km north of the request
		Candidate sam = candidate(45.42 + 1.8 / 111.195, Set.of("en", "fr"), 2, 1, 0, Set.of("gardening"));
		MatchRequest request = request(Optional.of("fr"), Set.of("gardening", "music"));
		List<Reason> reasons = new CandidateGrid(List.of(sam)).rank(request, 3).get(0).reasons();
		assertThat(render(reasons, Locale.ENGLISH)).isEqualTo(
				"1.8 km · speaks French · helped Maria twice · thanked by Maria · shared interests: gardening · no recent commitment");
		assertThat(render(reasons, Locale.FRENCH)).isEqualTo(
				"1,8 km · parle français · a aidé Maria 2 fois · merci reçu de Maria · intérêts communs : gardening · aucun engagement récent");
	}

	@Test
	void onceAndRecentLoadReadNaturally() {
		Candidate lee = candidate(45.42, Set.of("es", "en"), 1, 0, 3, Set.of());
		List<Reason> reasons = new CandidateGrid(List.of(lee)).rank(request(Optional.empty(), Set.of()), 1)
			.get(0)
			.reasons();
		assertThat(render(reasons, Locale.ENGLISH))
			.isEqualTo("0.0 km · speaks English · helped Maria once · 3 recent commitments");
		assertThat(render(reasons, Locale.FRENCH))
			.isEqualTo("0,0 km · parle anglais · a aidé Maria une fois · 3 engagements récents");
	}

	private String render(List<Reason> reasons, Locale locale) {
		return reasons.stream().map(reason -> messages.getMessage(reason, locale)).collect(Collectors.joining(" · "));
	}

	private static Candidate candidate(double latitude, Set<String> languages, int helped, int thanked, int recent,
			Set<String> interests) {
		return new Candidate(new AccountId(new UUID(2, 1)), SeededCommunity.COMMUNITY, latitude, -75.69, 5, languages,
				Set.of(HelpKind.VISIT), false, false, Slots.ALL, List.of(), 3, interests, recent, List.of(),
				Map.of(MARIA, new Continuity(helped, thanked)));
	}

	private static MatchRequest request(Optional<String> language, Set<String> interests) {
		return new MatchRequest(HardFiltersTests.request(HelpKind.VISIT, false).request(), SeededCommunity.COMMUNITY,
				45.42, -75.69, HelpKind.VISIT, false, HardFiltersTests.at(HardFiltersTests.THURSDAY.atTime(14, 0)),
				HardFiltersTests.at(HardFiltersTests.THURSDAY.atTime(15, 0)), HardFiltersTests.TORONTO, MARIA, "Maria",
				Set.of("fr", "en"), new Preferences(Set.of(), language, interests));
	}
}
