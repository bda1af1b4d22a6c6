package org.wraparound.toolkit;

/** A checklist item as staff edit it: both labels, and how many versions it has had. */
public record EditableItem(String key, String labelEn, String labelFr, int versions) {
}
