package org.wraparound.matching;

/**
 * Great-circle distances. A point is kept as a unit vector so that the distance is the haversine formula written as
 * a chord: {@code 2R·asin(|a−b|/2)}. StrictMath, so the index and the scan compute the very same bits.
 */
final class Geo {

	static final double EARTH_KM = 6371.0088;

	private Geo() {
	}

	/** The unit vector {x, y, z} of a point given in degrees. */
	static double[] unit(double latitude, double longitude) {
		double phi = StrictMath.toRadians(latitude);
		double lambda = StrictMath.toRadians(longitude);
		double cosPhi = StrictMath.cos(phi);
		return new double[] { cosPhi * StrictMath.cos(lambda), cosPhi * StrictMath.sin(lambda), StrictMath.sin(phi) };
	}

	static double chordSquared(double ax, double ay, double az, double bx, double by, double bz) {
		double dx = ax - bx;
		double dy = ay - by;
		double dz = az - bz;
		return dx * dx + dy * dy + dz * dz;
	}

	static double km(double chordSquared) {
		return 2 * EARTH_KM * StrictMath.asin(Math.min(1, Math.sqrt(chordSquared) / 2));
	}

	static double km(double[] a, double[] b) {
		return km(chordSquared(a[0], a[1], a[2], b[0], b[1], b[2]));
	}

	/** The largest squared chord of a point within {@code km}, with a hair of margin for a pre-filter. */
	static double reachSquared(double km) {
		double chord = 2 * StrictMath.sin(Math.min(km / EARTH_KM, Math.PI) / 2);
		return chord * chord * (1 + 1e-9) + 1e-15;
	}
}
