package org.wraparound.stories.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.wraparound.communities.CommunityId;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;

/** The names of the communities, for pages that list stories from several. */
final class CommunityNames {

	private CommunityNames() {
	}

	static Map<CommunityId, String> of(CommunityManagement communities) {
		return communities.all().stream()
			.collect(Collectors.toMap(CommunitySummary::id, CommunitySummary::name, (a, b) -> a));
	}

	/** The answer for a story that is not there, or not for this reader: the same 404 either way. */
	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	static Function<CommunityId, String> lookup(Map<CommunityId, String> names) {
		return id -> names.getOrDefault(id, "");
	}
}
