package org.wraparound.impact.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.impact.EvaluationCheckIns;
import org.wraparound.impact.Impact;
import org.wraparound.impact.Period;
import org.wraparound.platform.Language;
import org.wraparound.platform.Messages;
import org.wraparound.platform.pdf.Pdfs;
import org.wraparound.stories.StoryFilter;
import org.wraparound.stories.StoryManagement;
import org.wraparound.stories.StoryView;

/**
 * A community's impact page for its champions (and staff): figures for a range of days compared with the period
 * before, charts with their tables, each table as CSV, and the funder report as a PDF in English or French. To
 * anyone else the pages do not exist (404).
 */
@Controller
class ImpactController {

	private final Impact impact;
	private final EvaluationCheckIns checkIns;
	private final CommunityManagement communities;
	private final StoryManagement stories;
	private final Pdfs pdfs;
	private final MessageSource messages;

	ImpactController(Impact impact, EvaluationCheckIns checkIns, CommunityManagement communities, StoryManagement stories, Pdfs pdfs,
			MessageSource messages) {
		this.impact = impact;
		this.checkIns = checkIns;
		this.communities = communities;
		this.stories = stories;
		this.pdfs = pdfs;
		this.messages = messages;
	}

	@GetMapping("/impact/{slug}")
	String dashboard(@PathVariable String slug, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Principal principal, HttpServletRequest request, Locale locale,
			Model model) {
		CommunitySummary community = championed(slug, principal, request);
		Period.Result range = Period.parse(from, to, impact.today(community.id()));
		model.addAttribute("community", community);
		model.addAttribute("from", range.period().map(period -> period.from().toString()).orElse(blank(from)));
		model.addAttribute("to", range.period().map(period -> period.to().toString()).orElse(blank(to)));
		model.addAttribute("error", range.error().map(key -> new Messages(messages, locale).get(key)).orElse(null));
		model.addAttribute("period", range.period().orElse(null));
		model.addAttribute("report", range.period().map(period -> report(community, period, locale)).orElse(null));
		model.addAttribute("stories", published(community));
		return "impact/dashboard";
	}

	@GetMapping("/impact/{slug}/{table}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String slug, @PathVariable String table,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Principal principal, HttpServletRequest request, Locale locale) {
		CommunitySummary community = championed(slug, principal, request);
		Period period = period(community, from, to);
		Table found = report(community, period, locale).table(table).orElseThrow(ImpactController::notFound);
		return ImpactCsv.download(ImpactCsv.write(found),
				"impact-" + community.slug() + "-" + table + "-" + period.from() + "-" + period.to() + ".csv");
	}

	@GetMapping("/impact/{slug}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String slug, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String language,
			@RequestParam(required = false) String story, Principal principal, HttpServletRequest request,
			Locale locale) {
		CommunitySummary community = championed(slug, principal, request);
		Period period = period(community, from, to);
		Locale in = Language.parse(language == null ? "" : language).map(Language::locale).orElse(locale);
		Optional<StoryView> chosen = uuid(story).flatMap(id -> published(community).stream()
			.filter(view -> view.id().value().equals(id)).findFirst());
		String title = new Messages(messages, in).get("impact.pdf.title", community.name());
		byte[] pdf = pdfs.render("impact/report", Map.of("community", community, "period", period, "report",
				report(community, period, in), "story", chosen), in, title);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("impact-" + community.slug() + "-" + period.from() + "-" + period.to() + ".pdf").build()
				.toString())
			.body(pdf);
	}

	private Report report(CommunitySummary community, Period period, Locale locale) {
		return Report.of(impact.dashboard(community.id(), period), checkIns.results(community.id(), period),
				new Messages(messages, locale));
	}

	private List<StoryView> published(CommunitySummary community) {
		return stories.published(new StoryFilter(Optional.empty(), Optional.of(community.id()), Optional.empty()));
	}

	/** The range asked for; a bad one (checked on the page before any link is offered) is not found. */
	private Period period(CommunitySummary community, String from, String to) {
		return Period.parse(from, to, impact.today(community.id())).period()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
	}

	private static String blank(String text) {
		return text == null ? "" : text;
	}

	static Optional<UUID> uuid(String text) {
		try {
			return text != null && text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	/** The community, when the signed-in person is one of its champions or staff; otherwise 404. */
	private CommunitySummary championed(String slug, Principal principal, HttpServletRequest request) {
		CommunitySummary community = communities.findBySlug(slug).orElseThrow(ImpactController::notFound);
		boolean staff = request.isUserInRole("STAFF") || request.isUserInRole("ADMIN");
		AccountId me = AccountId.parse(principal == null ? "" : principal.getName())
			.orElseThrow(ImpactController::notFound);
		if (!staff && !communities.isChampion(me, community.id())) {
			throw notFound();
		}
		return community;
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
