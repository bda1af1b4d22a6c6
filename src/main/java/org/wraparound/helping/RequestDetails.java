package org.wraparound.helping;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a kind of help needs said beyond the time and place. A meal: diet, allergies, how many people. A ride:
 * pick-up, destination, a return trip, a mobility aid, a wheelchair-accessible vehicle. Every field may be empty.
 */
public record RequestDetails(String diet, String allergies, Integer people, String pickup, String destination,
		boolean returnTrip, String mobilityAid, boolean wheelchairVehicle) {

	/** The longest a detail may be. */
	public static final int MAX = 200;

	public static final RequestDetails NONE = new RequestDetails(null, null, null, null, null, false, null, false);

	/** Only the details that belong to {@code kind}; the rest are dropped. */
	public RequestDetails forKind(HelpKind kind) {
		return switch (kind) {
			case MEAL -> new RequestDetails(blank(diet), blank(allergies), people, null, null, false, null, false);
			case RIDE -> new RequestDetails(null, null, null, blank(pickup), blank(destination), returnTrip,
					blank(mobilityAid), wheelchairVehicle);
			default -> NONE;
		};
	}

	public boolean isEmpty() {
		return equals(NONE);
	}

	public Optional<Integer> peopleCount() {
		return Optional.ofNullable(people);
	}

	/** As kept in the database: one {@code key=value} line each, values on one line. */
	String text() {
		Map<String, String> values = new LinkedHashMap<>();
		put(values, "diet", diet);
		put(values, "allergies", allergies);
		put(values, "people", people == null ? null : people.toString());
		put(values, "pickup", pickup);
		put(values, "destination", destination);
		put(values, "return", returnTrip ? "yes" : null);
		put(values, "aid", mobilityAid);
		put(values, "wheelchair", wheelchairVehicle ? "yes" : null);
		if (values.isEmpty()) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		values.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
		return text.toString();
	}

	static RequestDetails parse(String text) {
		if (text == null || text.isBlank()) {
			return NONE;
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (String line : text.split("\n")) {
			int equals = line.indexOf('=');
			if (equals > 0) {
				values.put(line.substring(0, equals), line.substring(equals + 1));
			}
		}
		String people = values.get("people");
		return new RequestDetails(values.get("diet"), values.get("allergies"),
				people == null ? null : Integer.valueOf(people), values.get("pickup"), values.get("destination"),
				values.containsKey("return"), values.get("aid"), values.containsKey("wheelchair"));
	}

	private static void put(Map<String, String> values, String key, String value) {
		if (value != null && !value.isBlank()) {
			values.put(key, value.replace('\n', ' ').replace('\r', ' ').strip());
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
