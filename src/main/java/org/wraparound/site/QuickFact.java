package org.wraparound.site;

import java.util.List;

/**
 * A figure from a public source, told in our own words. Its text and its source (with the year) are message keys,
 * so the fact reads right in each language.
 */
public record QuickFact(String key) {

	static final List<QuickFact> ALL = List.of(new QuickFact("caregivers-share"), new QuickFact("caregivers-2018"),
			new QuickFact("palliative-home-care"), new QuickFact("might-benefit"), new QuickFact("die-at-home"),
			new QuickFact("frome"));

	public String textKey() {
		return "fact." + key + ".text";
	}

	public String sourceKey() {
		return "fact." + key + ".source";
	}
}
