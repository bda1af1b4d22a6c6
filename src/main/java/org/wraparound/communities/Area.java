package org.wraparound.communities;

/**
 * Where a community works: a centre point (WGS 84 degrees) and how far around it, in kilometres.
 *
 * @param radiusKm more than zero and at most {@value #MAX_RADIUS_KM}
 */
public record Area(double latitude, double longitude, double radiusKm) {

	public static final double MAX_RADIUS_KM = 500;

	public Area {
		if (!validLatitude(latitude) || !validLongitude(longitude) || !validRadius(radiusKm)) {
			throw new IllegalArgumentException("Not a place on Earth with a sensible radius");
		}
	}

	public static boolean validLatitude(double latitude) {
		return latitude >= -90 && latitude <= 90;
	}

	public static boolean validLongitude(double longitude) {
		return longitude >= -180 && longitude <= 180;
	}

	public static boolean validRadius(double radiusKm) {
		return radiusKm > 0 && radiusKm <= MAX_RADIUS_KM;
	}
}
