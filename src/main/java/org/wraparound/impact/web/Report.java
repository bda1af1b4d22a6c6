package org.wraparound.impact.web;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.wraparound.circles.ReferrerRole;
import org.wraparound.circles.SupportDomain;
import org.wraparound.helping.HelpKind;
import org.wraparound.impact.EvaluationCheckIns;
import org.wraparound.impact.Count;
import org.wraparound.impact.Figures;
import org.wraparound.impact.Impact;
import org.wraparound.platform.Messages;

/**
 * A community's dashboard as tables and plain sentences in one language, so that the page, the CSV files and the
 * funder's PDF all say the same thing.
 */
public record Report(List<String> summaries, List<Table> tables) {

	static Report of(Impact.Dashboard dashboard, List<EvaluationCheckIns.Quarter> checkIns, Messages messages) {
		var words = new Words(messages);
		Figures now = dashboard.now();
		Figures before = dashboard.before();
		List<Table> tables = List.of(headline(now, before, words), months(now, before, words),
				hours(now, before, words), domains(now, words), kinds(now, words), referrals(now, before, words),
				checkIns(checkIns, words));
		List<String> summaries = List.of(
				words.compare("impact.figure.people", words.count(now.peopleSupported()),
						words.count(before.peopleSupported()), now.peopleSupported().hidden() ? null
								: now.peopleSupported().value() - before.peopleSupported().value()),
				tables.get(1).summary(), tables.get(2).summary(),
				words.compare("impact.figure.in-a-day", words.percent(now.shareFilledInADay()),
						words.percent(before.shareFilledInADay()),
						difference(now.shareFilledInADay(), before.shareFilledInADay())));
		return new Report(summaries, tables);
	}

	Optional<Table> table(String id) {
		return tables.stream().filter(table -> table.id().equals(id)).findFirst();
	}

	private static Table headline(Figures now, Figures before, Words words) {
		List<List<String>> rows = new ArrayList<>();
		Function<Figures, String> retained = figures -> figures.retainable().hidden() ? words.fewer()
				: words.get("impact.of", words.count(figures.retained()), String.valueOf(figures.retainable().value()));
		Object[][] lines = {
				{ "impact.figure.people", (Function<Figures, String>) f -> words.count(f.peopleSupported()) },
				{ "impact.figure.new-circles", (Function<Figures, String>) f -> words.count(f.newCircles()) },
				{ "impact.figure.closed-circles", (Function<Figures, String>) f -> words.count(f.closedCircles()) },
				{ "impact.figure.bereavement", (Function<Figures, String>) f -> words.count(f.inBereavement()) },
				{ "impact.figure.posted", (Function<Figures, String>) f -> String.valueOf(f.requests().posted()) },
				{ "impact.figure.filled", (Function<Figures, String>) f -> String.valueOf(f.requests().filled()) },
				{ "impact.figure.unfilled", (Function<Figures, String>) f -> String.valueOf(f.requests().unfilled()) },
				{ "impact.figure.cancelled", (Function<Figures, String>) f -> String.valueOf(f.requests().cancelled()) },
				{ "impact.figure.share-filled", (Function<Figures, String>) f -> words.percent(f.shareFilled()) },
				{ "impact.figure.in-a-day", (Function<Figures, String>) f -> words.percent(f.shareFilledInADay()) },
				{ "impact.figure.median", (Function<Figures, String>) words::median },
				{ "impact.figure.applied", (Function<Figures, String>) f -> words.count(f.applied()) },
				{ "impact.figure.approved", (Function<Figures, String>) f -> words.count(f.approved()) },
				{ "impact.figure.active", (Function<Figures, String>) f -> words.count(f.active()) },
				{ "impact.figure.retained", retained },
				{ "impact.figure.hours", (Function<Figures, String>) f -> String.valueOf(f.hours()) },
				{ "impact.figure.help-given", (Function<Figures, String>) f -> String.valueOf(f.helpGiven()) },
				{ "impact.figure.thanks", (Function<Figures, String>) f -> String.valueOf(f.thanks()) },
				{ "impact.figure.referrals", (Function<Figures, String>) f -> words.count(f.referralsTotal()) },
				{ "impact.figure.stories", (Function<Figures, String>) f -> String.valueOf(f.stories()) },
				{ "impact.figure.surveys", (Function<Figures, String>) f -> words.count(f.surveys()) },
				{ "impact.figure.charter", (Function<Figures, String>) f -> String.valueOf(f.charterActions()) } };
		for (Object[] line : lines) {
			@SuppressWarnings("unchecked")
			Function<Figures, String> value = (Function<Figures, String>) line[1];
			rows.add(List.of(words.get((String) line[0]), value.apply(now), value.apply(before)));
		}
		return new Table("headline", words.get("impact.table.headline"), "", "",
				List.of(words.get("impact.column.figure"), words.get("impact.column.now"),
						words.get("impact.column.before")),
				rows);
	}

	private static Table months(Figures now, Figures before, Words words) {
		List<List<String>> rows = now.months().stream()
			.map(month -> List.of(words.month(month), String.valueOf(month.posted()), String.valueOf(month.filled())))
			.toList();
		String summary = words.compare("impact.figure.share-filled", words.percent(now.shareFilled()),
				words.percent(before.shareFilled()), difference(now.shareFilled(), before.shareFilled()));
		return new Table("requests-by-month", words.get("impact.table.requests-by-month"), "column", summary,
				List.of(words.get("impact.column.month"), words.get("impact.column.posted"),
						words.get("impact.column.filled")),
				rows);
	}

	private static Table hours(Figures now, Figures before, Words words) {
		List<List<String>> rows = now.months().stream()
			.map(month -> List.of(words.month(month), String.valueOf(month.hours())))
			.toList();
		String summary = words.compare("impact.figure.hours", String.valueOf(now.hours()),
				String.valueOf(before.hours()), now.hours() - before.hours());
		return new Table("hours-by-month", words.get("impact.table.hours-by-month"), "column", summary,
				List.of(words.get("impact.column.month"), words.get("impact.column.hours")), rows);
	}

	private static Table domains(Figures now, Words words) {
		List<List<String>> rows = new ArrayList<>();
		for (SupportDomain domain : SupportDomain.values()) {
			rows.add(requests(words.get("circles.domain." + domain.name()),
					now.byDomain().getOrDefault(domain, new Figures.Requests(0, 0, 0, 0))));
		}
		String summary = now.byDomain().entrySet().stream()
			.max(Map.Entry.comparingByValue((a, b) -> Long.compare(a.posted(), b.posted())))
			.map(most -> words.get("impact.summary.domain", words.get("circles.domain." + most.getKey().name()),
					String.valueOf(most.getValue().posted()), String.valueOf(now.requests().posted())))
			.orElse(words.get("impact.summary.no-requests"));
		return new Table("requests-by-domain", words.get("impact.table.requests-by-domain"), "bar", summary,
				requestColumns(words, "impact.column.domain"), rows);
	}

	private static Table kinds(Figures now, Words words) {
		List<List<String>> rows = new ArrayList<>();
		for (HelpKind kind : HelpKind.values()) {
			Figures.Requests counts = now.byKind().get(kind);
			if (counts != null) {
				rows.add(requests(words.get("helping.kind." + kind.name()), counts));
			}
		}
		String summary = now.byKind().entrySet().stream()
			.max(Map.Entry.comparingByValue((a, b) -> Long.compare(a.posted(), b.posted())))
			.map(most -> words.get("impact.summary.kind", words.get("helping.kind." + most.getKey().name()),
					String.valueOf(most.getValue().posted())))
			.orElse(words.get("impact.summary.no-requests"));
		return new Table("requests-by-kind", words.get("impact.table.requests-by-kind"), "bar", summary,
				requestColumns(words, "impact.column.kind"), rows);
	}

	private static Table referrals(Figures now, Figures before, Words words) {
		List<List<String>> rows = new ArrayList<>();
		for (ReferrerRole role : ReferrerRole.values()) {
			rows.add(List.of(words.get("circles.refer.role." + role.name()),
					words.count(now.referrals().getOrDefault(role, new Count(0)))));
		}
		String summary = words.compare("impact.figure.referrals", words.count(now.referralsTotal()),
				words.count(before.referralsTotal()), now.referralsTotal().hidden() || before.referralsTotal().hidden()
						? null : now.referralsTotal().value() - before.referralsTotal().value());
		return new Table("referrals", words.get("impact.table.referrals"), "bar", summary,
				List.of(words.get("impact.column.source"), words.get("impact.column.referrals")), rows);
	}

	private static Table checkIns(List<EvaluationCheckIns.Quarter> quarters, Words words) {
		List<List<String>> rows = quarters.stream()
			.map(quarter -> {
				boolean few = quarter.answers().hidden();
				return List.of(words.get("impact.quarter", quarter.from().toString(), quarter.to().toString()),
						words.count(quarter.answers()),
						few ? words.fewer() : quarter.supported()
							.map(average -> String.format(words.messages().locale(), "%.1f", average))
							.orElse(words.get("impact.none")),
						few ? words.fewer() : words.percent(quarter.lonelyShare()),
						few ? words.fewer() : words.percent(quarter.unmetShare()));
			})
			.toList();
		long answers = quarters.stream().mapToLong(quarter -> quarter.answers().value()).sum();
		String summary = words.get("impact.summary.check-ins", words.count(new Count(answers)));
		return new Table("check-ins", words.get("impact.table.check-ins"), "", summary,
				List.of(words.get("impact.column.quarter"), words.get("impact.column.answers"),
						words.get("impact.column.supported"), words.get("impact.column.lonely"),
						words.get("impact.column.unmet")),
				rows);
	}

	private static List<String> requests(String label, Figures.Requests counts) {
		return List.of(label, String.valueOf(counts.posted()), String.valueOf(counts.filled()),
				String.valueOf(counts.unfilled()), String.valueOf(counts.cancelled()));
	}

	private static List<String> requestColumns(Words words, String first) {
		return List.of(words.get(first), words.get("impact.column.posted"), words.get("impact.column.filled"),
				words.get("impact.column.unfilled"), words.get("impact.column.cancelled"));
	}

	private static Long difference(Optional<Integer> now, Optional<Integer> before) {
		return now.isPresent() && before.isPresent() ? (long) (now.get() - before.get()) : null;
	}

	/** Numbers in words of the reader's language. */
	public record Words(Messages messages) {

		String get(String key, Object... args) {
			return messages.get(key, args);
		}

		String fewer() {
			return get("impact.fewer-than-5");
		}

		String count(Count count) {
			return count.hidden() ? fewer() : String.valueOf(count.value());
		}

		String percent(Optional<Integer> percent) {
			return percent.map(value -> get("impact.percent", String.valueOf(value))).orElse(get("impact.none"));
		}

		String median(Figures figures) {
			if (figures.medianHidden()) {
				return get("impact.fewer-than-5-requests");
			}
			return figures.medianHoursToFill()
				.map(hours -> get("impact.hours", String.format(messages.locale(), "%.1f", hours)))
				.orElse(get("impact.none"));
		}

		String month(Figures.Month month) {
			return month.month().getMonth().getDisplayName(TextStyle.FULL, messages.locale()) + " "
					+ month.month().getYear();
		}

		/** A figure now and before, saying whether it went up, went down or stayed the same. */
		String compare(String figure, String now, String before, Long difference) {
			String name = get(figure);
			if (difference == null) {
				return get("impact.compare.plain", name, now, before);
			}
			String key = difference > 0 ? "impact.compare.up" : difference < 0 ? "impact.compare.down"
					: "impact.compare.same";
			return get(key, name, now, before);
		}
	}
}
