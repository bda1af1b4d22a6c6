package org.wraparound.directory.web;

import java.util.List;
import java.util.Optional;

import org.springframework.validation.Errors;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.communities.Neighbourhood;
import org.wraparound.directory.Category;
import org.wraparound.directory.Point;
import org.wraparound.directory.Search;

/**
 * The asset map's search, as GET parameters: words ({@code q}), a category, a language, and a distance ({@code
 * within}, km) around a neighbourhood or the community's centre ({@code near}: a neighbourhood id or {@code centre}).
 */
public record SearchForm(String q, String category, String language, String near, String within) {

	static final String CENTRE = "centre";
	static final String DEFAULT_KM = "5";

	public SearchForm {
		q = q == null ? "" : q.strip();
		category = category == null ? "" : category.strip();
		language = language == null ? "" : language.strip();
		near = near == null ? "" : near.strip();
		within = within == null || within.isBlank() ? DEFAULT_KM : within.strip();
	}

	/** Checks the parameters; a wrong one is rejected with a message and the search goes on without it. */
	void validate(Errors errors, CommunitySummary community, List<Neighbourhood> neighbourhoods) {
		if (q.length() > 200) {
			errors.rejectValue("q", "directory.search.q.too-long");
		}
		if (!category.isEmpty() && Category.parse(category).isEmpty()) {
			errors.rejectValue("category", "directory.search.category.unknown");
		}
		if (language.length() > 40) {
			errors.rejectValue("language", "directory.search.language.unknown");
		}
		if (!near.isEmpty() && point(community, neighbourhoods).isEmpty()) {
			errors.rejectValue("near", "directory.search.near.unknown");
		}
		if (!near.isEmpty() && kilometres().isEmpty()) {
			errors.rejectValue("within", "directory.search.within.invalid");
		}
	}

	Search toSearch(Errors errors, CommunitySummary community, List<Neighbourhood> neighbourhoods) {
		Optional<Category> chosen = errors.hasFieldErrors("category") ? Optional.empty() : Category.parse(category);
		Optional<String> spoken = errors.hasFieldErrors("language") ? Optional.empty() : Optional.of(language);
		boolean distance = !errors.hasFieldErrors("near") && !errors.hasFieldErrors("within");
		return new Search(errors.hasFieldErrors("q") ? "" : q, chosen, spoken,
				distance ? point(community, neighbourhoods) : Optional.empty(), kilometres().orElse(0.0));
	}

	public boolean any() {
		return !q.isEmpty() || !category.isEmpty() || !language.isEmpty() || !near.isEmpty();
	}

	private Optional<Point> point(CommunitySummary community, List<Neighbourhood> neighbourhoods) {
		if (near.equals(CENTRE)) {
			return community.area().map(area -> new Point(area.latitude(), area.longitude()));
		}
		return neighbourhoods.stream().filter(neighbourhood -> neighbourhood.id().toString().equals(near))
			.findFirst().map(neighbourhood -> new Point(neighbourhood.latitude(), neighbourhood.longitude()));
	}

	private Optional<Double> kilometres() {
		String plain = within.replace(',', '.');
		if (!plain.matches("\\d{1,3}(\\.\\d{1,3})?")) {
			return Optional.empty();
		}
		double km = Double.parseDouble(plain);
		return km > 0 && km <= Search.MAX_KM ? Optional.of(km) : Optional.empty();
	}
}
