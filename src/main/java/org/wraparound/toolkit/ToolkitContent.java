package org.wraparound.toolkit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wraparound.platform.Language;

/**
 * Puts the path the code ships into the database at every start, in every setup (it is product content, not demo
 * data). A step is written when absent; when the code's seed version of a step is newer than the stored one, its
 * guides and items are brought up to date, except those staff edited, which are left as staff wrote them. Running
 * it again changes nothing.
 */
@Component
@Order(1)
class ToolkitContent implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ToolkitContent.class);

	private final Guides guides;
	private final TransactionTemplate transactions;
	private final Clock clock;

	ToolkitContent(Guides guides, TransactionTemplate transactions, Clock clock) {
		this.guides = guides;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		seed(PathSeed.load());
	}

	void seed(List<SeedStep> steps) {
		for (SeedStep step : steps) {
			try {
				transactions.executeWithoutResult(status -> seed(step, clock.instant()));
			}
			catch (DuplicateKeyException seededByAnotherNode) {
				log.info("Toolkit step {} was seeded by another node at the same time", step.key());
			}
		}
	}

	private void seed(SeedStep step, Instant now) {
		var stored = guides.step(step.key());
		if (stored.isEmpty()) {
			guides.insertStep(step);
		}
		else if (stored.get().seedVersion() < step.version()) {
			guides.updateStep(step);
		}
		else {
			return;
		}
		for (Language language : Language.values()) {
			SeedStep.Guide text = step.guides().get(language);
			var current = guides.guide(step.key(), language);
			if (current.isEmpty()) {
				guides.writeGuide(step.key(), language, 1, text.title(), text.body(), false, Optional.empty(), now);
			}
			else if (!current.get().edited() && !(current.get().title().equals(text.title())
					&& current.get().body().equals(text.body()))) {
				guides.writeGuide(step.key(), language, current.get().version() + 1, text.title(), text.body(), false,
						Optional.empty(), now);
			}
		}
		seedItems(step, now);
	}

	private void seedItems(SeedStep step, Instant now) {
		List<Guides.ItemRow> existing = guides.items(step.key());
		for (int i = 0; i < step.itemCount(); i++) {
			String key = step.itemKey(i);
			var seeded = new Guides.ItemRow(key, step.key(), i + 1, step.label(Language.EN, i),
					step.label(Language.FR, i), true, false, 1);
			var found = existing.stream().filter(item -> item.key().equals(key)).findFirst();
			if (found.isEmpty()) {
				guides.writeItem(seeded, Optional.empty(), now);
			}
			else if (!found.get().edited() && !same(found.get(), seeded)) {
				guides.writeItem(new Guides.ItemRow(key, step.key(), i + 1, seeded.labelEn(), seeded.labelFr(), true,
						false, found.get().version() + 1), Optional.empty(), now);
			}
		}
		// an item the seed wrote earlier but ships no more is removed, unless staff edited it
		for (Guides.ItemRow item : existing) {
			boolean seededBefore = item.key().startsWith(step.key() + "-")
					&& item.key().substring(step.key().length() + 1).matches("\\d{1,6}");
			boolean stillShipped = seededBefore
					&& Integer.parseInt(item.key().substring(step.key().length() + 1)) <= step.itemCount();
			if (seededBefore && !stillShipped && !item.edited() && item.active()) {
				guides.writeItem(new Guides.ItemRow(item.key(), item.step(), item.position(), item.labelEn(),
						item.labelFr(), false, false, item.version() + 1), Optional.empty(), now);
			}
		}
	}

	private static boolean same(Guides.ItemRow stored, Guides.ItemRow seeded) {
		return stored.active() && stored.position() == seeded.position() && stored.labelEn().equals(seeded.labelEn())
				&& stored.labelFr().equals(seeded.labelFr());
	}
}
