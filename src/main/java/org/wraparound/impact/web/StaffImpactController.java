package org.wraparound.impact.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.wraparound.impact.Figures;
import org.wraparound.impact.Impact;
import org.wraparound.impact.Period;
import org.wraparound.platform.Messages;

/** Staff see every community's headline figures for one period side by side, and download them (under /staff). */
@Controller
class StaffImpactController {

	private final Impact impact;
	private final MessageSource messages;
	private final Clock clock;

	StaffImpactController(Impact impact, MessageSource messages, Clock clock) {
		this.impact = impact;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/staff/impact")
	String all(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale,
			Model model) {
		Period.Result range = Period.parse(from, to, today());
		model.addAttribute("from", range.period().map(period -> period.from().toString()).orElse(from == null ? "" : from));
		model.addAttribute("to", range.period().map(period -> period.to().toString()).orElse(to == null ? "" : to));
		model.addAttribute("error", range.error().map(key -> new Messages(messages, locale).get(key)).orElse(null));
		model.addAttribute("period", range.period().orElse(null));
		model.addAttribute("table", range.period().map(period -> table(period, locale)).orElse(null));
		return "impact/staff";
	}

	@GetMapping("/staff/impact.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Locale locale) {
		Period period = Period.parse(from, to, today()).period().orElseGet(() -> Period.lastQuarter(today()));
		return ImpactCsv.download(ImpactCsv.write(table(period, locale)),
				"impact-communities-" + period.from() + "-" + period.to() + ".csv");
	}

	private Table table(Period period, Locale locale) {
		var words = new Report.Words(new Messages(messages, locale));
		List<List<String>> rows = new ArrayList<>();
		for (Impact.Row row : impact.everyCommunity(period)) {
			Figures figures = row.figures();
			rows.add(List.of(row.community().name(), words.count(figures.peopleSupported()),
					String.valueOf(figures.requests().posted()), words.percent(figures.shareFilled()),
					words.median(figures), words.count(figures.active()), String.valueOf(figures.hours()),
					words.count(figures.referralsTotal()), String.valueOf(figures.stories())));
		}
		List<String> columns = List.of(words.get("impact.staff.community"), words.get("impact.figure.people"),
				words.get("impact.figure.posted"), words.get("impact.figure.share-filled"),
				words.get("impact.figure.median"), words.get("impact.figure.active"), words.get("impact.figure.hours"),
				words.get("impact.figure.referrals"), words.get("impact.figure.stories"));
		return new Table("communities", words.get("impact.staff.title"), "", "", columns, rows);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC));
	}
}
