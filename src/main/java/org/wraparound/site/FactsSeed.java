package org.wraparound.site;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * On a first start (no facts stored yet), stores the quick facts the product ships with, in both languages, from
 * their texts in the messages. Their ids are fixed, so two nodes starting at once store each fact once.
 */
@Component
class FactsSeed implements ApplicationRunner {

	/** The facts first shipped, in order, with the year of their figures (sources in ../shared/FACTS.md). */
	static final List<Map.Entry<String, Integer>> SHIPPED = List.of(Map.entry("caregivers-share", 2007),
			Map.entry("caregivers-2018", 2018), Map.entry("palliative-home-care", 2017),
			Map.entry("might-benefit", 2016), Map.entry("die-at-home", 2018), Map.entry("frome", 2017));

	private final QuickFacts facts;
	private final MessageSource messages;
	private final Clock clock;

	FactsSeed(QuickFacts facts, MessageSource messages, Clock clock) {
		this.facts = facts;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (facts.count() > 0) {
			return;
		}
		for (QuickFact fact : shipped(messages)) {
			try {
				facts.save(fact, clock.instant());
			}
			catch (DuplicateKeyException anotherNodeStoredIt) {
				// Another node stored the same fact at the same moment: nothing left to do for it.
			}
		}
	}

	/** The shipped facts, in order, with their texts in both languages from the messages. */
	static List<QuickFact> shipped(MessageSource messages) {
		List<QuickFact> shipped = new java.util.ArrayList<>();
		for (var fact : SHIPPED) {
			String key = "fact." + fact.getKey();
			shipped.add(new QuickFact(UUID.nameUUIDFromBytes(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
					shipped.size() + 1, text(messages, key + ".text", Locale.ENGLISH),
					text(messages, key + ".text", Locale.FRENCH), text(messages, key + ".source", Locale.ENGLISH),
					text(messages, key + ".source", Locale.FRENCH), fact.getValue(), Optional.empty()));
		}
		return shipped;
	}

	private static String text(MessageSource messages, String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
