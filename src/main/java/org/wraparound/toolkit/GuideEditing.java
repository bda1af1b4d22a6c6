package org.wraparound.toolkit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.platform.Language;

/**
 * Staff change the path's guides and checklists in the product, without a release. Every change is a new version
 * (who, when, the full text), and earlier versions stay readable. A seed never overwrites what staff wrote.
 */
@Service
@Transactional(readOnly = true)
public class GuideEditing {

	/** What an edit came to. */
	public enum Outcome {
		SAVED, UNCHANGED, CHANGED_MEANWHILE, NOT_FOUND
	}

	private final Guides guides;
	private final Clock clock;

	GuideEditing(Guides guides, Clock clock) {
		this.guides = guides;
		this.clock = clock;
	}

	/** Every step's guide in a language, in path order. */
	public List<Guide> all(Language language) {
		return guides.steps().stream().flatMap(step -> guide(step.key(), language).stream()).toList();
	}

	public Optional<Guide> guide(String step, Language language) {
		return guides.step(step).flatMap(row -> guides.guide(step, language).map(guide -> new Guide(step,
				row.phase(), language, guide.title(), guide.body(), Markdown.html(guide.body()), guide.version())));
	}

	@Transactional
	public Outcome edit(EditGuide edit) {
		var current = guides.guide(edit.step(), edit.language());
		if (current.isEmpty()) {
			return Outcome.NOT_FOUND;
		}
		if (current.get().version() != edit.basedOn()) {
			return Outcome.CHANGED_MEANWHILE;
		}
		String title = edit.title().strip();
		String body = edit.markdown().replace("\r\n", "\n").strip();
		if (current.get().title().equals(title) && current.get().body().equals(body)) {
			return Outcome.UNCHANGED;
		}
		guides.writeGuide(edit.step(), edit.language(), current.get().version() + 1, title, body, true,
				Optional.of(edit.by()), clock.instant());
		return Outcome.SAVED;
	}

	/** Every version of a step's guide, in both languages, newest first within each. */
	public List<GuideVersion> history(String step) {
		List<GuideVersion> all = new ArrayList<>();
		for (Language language : Language.values()) {
			all.addAll(guides.versions(step, language));
		}
		return all;
	}

	/** A step's checklist as staff edit it (removed items left out). */
	public List<EditableItem> items(String step) {
		return guides.items(step).stream().filter(Guides.ItemRow::active)
			.map(item -> new EditableItem(item.key(), item.labelEn(), item.labelFr(), guides.itemVersions(item.key())))
			.toList();
	}

	/**
	 * Saves a step's checklist: changed labels become new versions, blank items are removed, items without a key
	 * are added at the end. Empty when the step does not exist; otherwise how many items changed.
	 */
	@Transactional
	public Optional<Integer> editItems(String step, List<EditItem> edits, AccountId by) {
		if (guides.step(step).isEmpty()) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		List<Guides.ItemRow> existing = guides.items(step);
		int position = existing.stream().mapToInt(Guides.ItemRow::position).max().orElse(0);
		int changed = 0;
		for (EditItem edit : edits) {
			String en = edit.labelEn().strip();
			String fr = edit.labelFr().strip();
			var found = existing.stream().filter(item -> item.active() && item.key().equals(edit.key())).findFirst();
			if (found.isPresent()) {
				var item = found.get();
				boolean active = !edit.blank();
				if (active && item.labelEn().equals(en) && item.labelFr().equals(fr)) {
					continue;
				}
				guides.writeItem(new Guides.ItemRow(item.key(), step, item.position(), active ? en : item.labelEn(),
						active ? fr : item.labelFr(), active, true, item.version() + 1), Optional.of(by), now);
				changed++;
			}
			else if (edit.key() == null && !edit.blank()) {
				guides.writeItem(new Guides.ItemRow(step + "-staff-" + UUID.randomUUID().toString().substring(0, 8), step,
						++position, en, fr, true, true, 1), Optional.of(by), now);
				changed++;
			}
		}
		return Optional.of(changed);
	}
}
