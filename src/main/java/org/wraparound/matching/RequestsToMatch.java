package org.wraparound.matching;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.wraparound.circles.CircleManagement;
import org.wraparound.circles.PersonProfile;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.Neighbourhood;
import org.wraparound.helping.HelpHistory;
import org.wraparound.helping.HelpKind;
import org.wraparound.helping.RequestId;
import org.wraparound.helping.RequestSummary;
import org.wraparound.platform.Language;

/**
 * Turns a help request into what ranking needs: its point (the request's, else the person's, else the centre of
 * their neighbourhood), the person's languages (the platform's when none are given), their preferred language and
 * the interests their stated preferences mention. Only the first name and neighbourhood go further, to the offers.
 */
@Component
class RequestsToMatch {

	/** A request to rank, and the little an offered volunteer may see of the person before accepting. */
	record Prepared(MatchRequest request, RequestSummary summary, String personName, Optional<String> neighbourhood) {
	}

	private final HelpHistory history;
	private final CircleManagement circles;
	private final CommunityManagement communities;

	RequestsToMatch(HelpHistory history, CircleManagement circles, CommunityManagement communities) {
		this.history = history;
		this.circles = circles;
		this.communities = communities;
	}

	Optional<RequestSummary> summary(RequestId id) {
		return history.summary(id);
	}

	/** Empty when the request or its circle is gone, or when no point is known for it. */
	Optional<Prepared> prepare(RequestSummary summary, String why) {
		return circles.profileForMatching(summary.circle(), why).flatMap(person -> point(summary, person)
			.map(point -> new Prepared(new MatchRequest(summary.id(), summary.community(), point[0], point[1],
					summary.kind(), summary.kind() == HelpKind.RIDE && summary.wheelchairVehicle(),
					summary.startsAt(), summary.endsAt(), summary.zone(), summary.circle().value(), person.name(),
					languages(person), preferences(person)), summary, person.name(),
					Optional.ofNullable(person.neighbourhood()).filter(name -> !name.isBlank()))));
	}

	private Optional<double[]> point(RequestSummary summary, PersonProfile person) {
		if (summary.latitude().isPresent() && summary.longitude().isPresent()) {
			return Optional.of(new double[] { summary.latitude().get(), summary.longitude().get() });
		}
		if (person.latitude() != null && person.longitude() != null) {
			return Optional.of(new double[] { person.latitude(), person.longitude() });
		}
		if (person.neighbourhood() == null) {
			return Optional.empty();
		}
		List<Neighbourhood> places = communities.neighbourhoods(summary.community());
		return places.stream().filter(place -> place.name().equalsIgnoreCase(person.neighbourhood().strip()))
			.findFirst().map(place -> new double[] { place.latitude(), place.longitude() });
	}

	private static Set<String> languages(PersonProfile person) {
		if (person.languages() == null || person.languages().isEmpty()) {
			return Arrays.stream(Language.values()).map(Language::code).collect(Collectors.toSet());
		}
		return new LinkedHashSet<>(person.languages());
	}

	private static Preferences preferences(PersonProfile person) {
		Optional<String> language = person.languages() == null ? Optional.empty()
				: person.languages().stream().findFirst();
		Set<String> interests = person.helperPreferences() == null ? Set.of()
				: Arrays.stream(person.helperPreferences().split("[^\\p{L}]+")).filter(word -> word.length() >= 4)
					.collect(Collectors.toSet());
		return new Preferences(Set.of(), language, interests);
	}
}
