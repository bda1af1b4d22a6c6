package org.wraparound.toolkit.templates;

/**
 * One blank of a fill-in template. Its label and hint are the messages {@code toolkit.templates.field.<name>} and
 * {@code toolkit.templates.field.<name>.hint}.
 *
 * @param name the form field and the stored field
 * @param multiline several lines (a list, one item per line) rather than one
 * @param from what it starts with before the community has saved anything
 */
public record Field(String name, boolean multiline, From from) {

	/** The longest one-line answer kept. */
	static final int LINE_MAX = 150;

	/** The longest several-line answer kept (the stored column holds this many characters). */
	static final int TEXT_MAX = 1500;

	static Field line(String name) {
		return new Field(name, false, From.NOTHING);
	}

	static Field text(String name) {
		return new Field(name, true, From.NOTHING);
	}

	static Field line(String name, From from) {
		return new Field(name, false, from);
	}

	public int maxLength() {
		return multiline ? TEXT_MAX : LINE_MAX;
	}

	/** Where a blank takes its first value from. */
	enum From {
		NOTHING, COMMUNITY_NAME, REGION, CHAMPION_NAME
	}
}
