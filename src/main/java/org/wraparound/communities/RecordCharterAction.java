package org.wraparound.communities;

/** A champion records an action of the charter: where, what, with whom, how far along, and notes. */
public record RecordCharterAction(CharterSector sector, String title, String partner, CharterStatus status,
		String notes) {
}
