package org.wraparound.toolkit;

/**
 * Staff's labels for one checklist item of a step: an existing item by its key, or a new one (no key). An item left
 * with both labels empty is removed from the checklist (its history and past ticks are kept).
 */
public record EditItem(String key, String labelEn, String labelFr) {

	public static final int MAX_LABEL = 300;

	public boolean blank() {
		return labelEn.isBlank() && labelFr.isBlank();
	}
}
