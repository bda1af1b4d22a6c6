package org.wraparound.communities.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;
import org.wraparound.communities.Area;
import org.wraparound.communities.Neighbourhood;
import org.wraparound.communities.PlaceName;

/** A neighbourhood's name and centre point, as typed. */
public record NeighbourhoodForm(
		@NotBlank(message = "{communities.neighbourhoods.name.required}")
		@Size(max = PlaceName.MAX_LENGTH, message = "{communities.text.size.80}")
		@Pattern(regexp = StartCommunityForm.TEXT, message = "{form.text.invalid}") String name,
		String latitude, String longitude) {

	static NeighbourhoodForm empty() {
		return new NeighbourhoodForm("", "", "");
	}

	public static NeighbourhoodForm of(Neighbourhood neighbourhood) {
		return new NeighbourhoodForm(neighbourhood.name(), String.valueOf(neighbourhood.latitude()),
				String.valueOf(neighbourhood.longitude()));
	}

	void validate(Errors errors) {
		Numbers.check(errors, "latitude", latitude, Area::validLatitude, "communities.area.latitude");
		Numbers.check(errors, "longitude", longitude, Area::validLongitude, "communities.area.longitude");
	}

	PlaceName toPlace() {
		return new PlaceName(name, Numbers.parse(latitude).orElseThrow(), Numbers.parse(longitude).orElseThrow());
	}
}
