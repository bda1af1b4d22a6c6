package org.wraparound.circles;

import java.util.List;

/**
 * What the circle knows about the person at its centre. The approximate place (a point and a neighbourhood) is for
 * matching; the exact address is separate and only shown to those who need it.
 *
 * @param languages language codes such as {@code en} or {@code fr}, most preferred first
 */
public record PersonProfile(String firstName, String called, List<String> languages, String helperPreferences,
		boolean prefersWomenHelpers, boolean prefersMenHelpers, Double latitude, Double longitude,
		String neighbourhood, String address, String accessibilityNotes) {

	/** The name to use when speaking of or to the person. */
	public String name() {
		return called == null || called.isBlank() ? firstName : called;
	}
}
