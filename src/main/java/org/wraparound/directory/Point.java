package org.wraparound.directory;

/** A place on Earth in WGS 84 degrees. */
public record Point(double latitude, double longitude) {

	private static final double EARTH_RADIUS_KM = 6371.0088;

	public Point {
		if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
			throw new IllegalArgumentException("Not a place on Earth");
		}
	}

	/** The great-circle distance to {@code other}, in kilometres (haversine). */
	public double kilometresTo(Point other) {
		double dLat = Math.toRadians(other.latitude - latitude);
		double dLon = Math.toRadians(other.longitude - longitude);
		double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(latitude))
				* Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}
}
