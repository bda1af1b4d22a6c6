package org.wraparound.communities.web;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.Area;
import org.wraparound.communities.StartCommunity;
import org.wraparound.platform.Language;

/** What it takes to start a community: its name, its area, its time zone and the languages it works in. */
public record StartCommunityForm(
		@NotBlank(message = "{communities.start.name.required}") @Size(max = 120, message = "{communities.text.size.120}")
		@Pattern(regexp = TEXT, message = "{form.text.invalid}") String name,
		@NotBlank(message = "{communities.start.region.required}") @Size(max = 120, message = "{communities.text.size.120}")
		@Pattern(regexp = TEXT, message = "{form.text.invalid}") String region,
		String latitude, String longitude, String radiusKm, String timeZone,
		@NotEmpty(message = "{communities.start.languages.required}")
		List<String> languages) {

	/** One line of text: no control characters. */
	static final String TEXT = "[^\\p{Cc}]*";

	public StartCommunityForm {
		languages = languages == null ? List.of() : languages;
	}

	static StartCommunityForm empty(Language language) {
		return new StartCommunityForm("", "", "", "", "", TimeZones.DEFAULT, List.of(language.code()));
	}

	/** The checks Bean Validation cannot make: numbers in range, a time zone from the list. */
	void validate(Errors errors) {
		Numbers.check(errors, "latitude", latitude, Area::validLatitude, "communities.area.latitude");
		Numbers.check(errors, "longitude", longitude, Area::validLongitude, "communities.area.longitude");
		Numbers.check(errors, "radiusKm", radiusKm, Area::validRadius, "communities.area.radius");
		if (!errors.hasFieldErrors("languages") && !languages.stream().allMatch(code -> "en".equals(code) || "fr".equals(code))) {
			errors.rejectValue("languages", "communities.start.languages.required");
		}
		if (!TimeZones.ALL.contains(timeZone)) {
			errors.rejectValue("timeZone", "communities.start.zone.unknown");
		}
	}

	/** The command, for a form that passed {@link #validate}. */
	StartCommunity toCommand(AccountId champion) {
		Set<Language> spoken = EnumSet.noneOf(Language.class);
		languages.forEach(code -> Language.parse(code).ifPresent(spoken::add));
		var area = new Area(Numbers.parse(latitude).orElseThrow(), Numbers.parse(longitude).orElseThrow(),
				Numbers.parse(radiusKm).orElseThrow());
		return new StartCommunity(name, region, ZoneId.of(timeZone), champion, Optional.of(area), spoken);
	}
}
