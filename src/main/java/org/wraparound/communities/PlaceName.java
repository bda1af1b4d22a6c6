package org.wraparound.communities;

/** A neighbourhood's name and centre point, as a champion gives them. */
public record PlaceName(String name, double latitude, double longitude) {

	public static final int MAX_LENGTH = 80;

	public PlaceName {
		if (name == null || name.isBlank() || name.strip().length() > MAX_LENGTH || !Area.validLatitude(latitude)
				|| !Area.validLongitude(longitude)) {
			throw new IllegalArgumentException("A neighbourhood needs a short name and a place on Earth");
		}
		name = name.strip();
	}
}
