package org.wraparound.volunteers;

/** Someone who knows the applicant and agrees to say so: a name and a phone number or email address. */
public record Reference(String name, String contact) {

	public static final Reference NONE = new Reference(null, null);

	public boolean given() {
		return name != null && !name.isBlank() && contact != null && !contact.isBlank();
	}
}
