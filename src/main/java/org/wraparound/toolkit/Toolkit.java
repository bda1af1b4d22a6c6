package org.wraparound.toolkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityId;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.platform.Language;

/**
 * The guided path as a community walks it: each step's guide, its checklist with the community's ticks, and the
 * dashboard of what is done, what is next and what is overdue. Who may see or tick is decided by the caller (a
 * community's champions, and staff to look).
 */
@Service
@Transactional(readOnly = true)
public class Toolkit {

	private final Guides guides;
	private final Ticks ticks;
	private final AccountManagement accounts;
	private final Clock clock;

	Toolkit(Guides guides, Ticks ticks, AccountManagement accounts, Clock clock) {
		this.guides = guides;
		this.ticks = ticks;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The community's progress on the whole path; its first look counts as setting out, if nothing did before. */
	@Transactional
	public PathProgress progress(CommunitySummary community, Language language) {
		Instant started = startOf(community.id());
		Instant now = clock.instant();
		Map<String, Ticks.Tick> ticked = ticks.of(community.id()).stream()
			.collect(Collectors.toMap(Ticks.Tick::item, Function.identity()));
		Map<AccountId, String> names = accounts
			.displayNames(ticked.values().stream().map(Ticks.Tick::by).collect(Collectors.toSet()));
		Map<String, List<Guides.ItemRow>> items = guides.activeItems().stream()
			.collect(Collectors.groupingBy(Guides.ItemRow::step));
		List<StepProgress> steps = new ArrayList<>();
		for (Guides.StepRow step : guides.steps()) {
			List<ChecklistItem> checklist = items.getOrDefault(step.key(), List.of()).stream()
				.map(item -> new ChecklistItem(item.key(), item.label(language),
						Optional.ofNullable(ticked.get(item.key())).map(tick -> new ChecklistItem.Ticked(
								names.getOrDefault(tick.by(), ""), tick.at()))))
				.toList();
			Instant due = started.plus(Duration.ofDays(7L * step.weeks()));
			String title = guides.guide(step.key(), language).map(Guides.GuideRow::title).orElse(step.key());
			boolean done = !checklist.isEmpty() && checklist.stream().allMatch(ChecklistItem::done);
			steps.add(new StepProgress(step.key(), step.phase(), step.weeks(), step.tools(), title,
					due.atZone(community.timeZone()).toLocalDate(), checklist, !done && now.isAfter(due)));
		}
		return new PathProgress(community, started.atZone(community.timeZone()).toLocalDate(), List.copyOf(steps));
	}

	/** A step's guide in a language, as safe HTML, if the step exists. */
	public Optional<String> guideHtml(String step, Language language) {
		return guides.guide(step, language).map(guide -> Markdown.html(guide.body()));
	}

	/**
	 * Ticks or unticks one item of a step for a community. Empty when the step has no such item (removed ones
	 * included); otherwise whether anything changed. Ticking an item already ticked keeps who ticked it first.
	 */
	@Transactional
	public Optional<Boolean> tick(CommunityId community, String step, String item, AccountId by, boolean done) {
		boolean known = guides.items(step).stream().anyMatch(row -> row.active() && row.key().equals(item));
		if (!known) {
			return Optional.empty();
		}
		startOf(community);
		if (!done) {
			return Optional.of(ticks.untick(community, item));
		}
		try {
			return Optional.of(ticks.tick(community, item, by, clock.instant()));
		}
		catch (DuplicateKeyException tickedAtTheSameMoment) {
			return Optional.of(false);
		}
	}

	/** Records that a community set out on the path now, unless it already had. */
	@Transactional
	public void start(CommunityId community, Instant at) {
		ticks.start(community, at);
	}

	private Instant startOf(CommunityId community) {
		return ticks.startOf(community).orElseGet(() -> {
			Instant now = clock.instant();
			ticks.start(community, now);
			return ticks.startOf(community).orElse(now);
		});
	}
}
