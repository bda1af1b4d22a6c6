package org.wraparound.toolkit;

import java.time.LocalDate;
import java.util.List;

/**
 * A step of the path as one community stands on it: its title in the reader's language, the tools it needs (keys of
 * fill-in templates), the date it is suggested to be done by, and its checklist. It is done when every item is
 * ticked, and overdue when that date has passed and it is not done.
 */
public record StepProgress(String key, String phase, int weeks, List<String> tools, String title, LocalDate dueBy,
		List<ChecklistItem> items, boolean overdue) {

	public long ticked() {
		return items.stream().filter(ChecklistItem::done).count();
	}

	public boolean done() {
		return !items.isEmpty() && ticked() == items.size();
	}
}
