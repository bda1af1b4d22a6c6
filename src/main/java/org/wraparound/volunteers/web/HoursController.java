package org.wraparound.volunteers.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.platform.Messages;
import org.wraparound.platform.pdf.Pdfs;
import org.wraparound.volunteers.HoursEntry;
import org.wraparound.volunteers.VolunteerHours;

/**
 * Hours: a volunteer sees theirs, adds some by hand and downloads a statement of the approved ones; a champion
 * approves (or corrects) the community's proposed hours. Anyone else gets 404.
 */
@Controller
class HoursController {

	private final VolunteerHours hours;
	private final CommunityManagement communities;
	private final AccountManagement accounts;
	private final Pdfs pdfs;
	private final org.springframework.context.MessageSource messageSource;
	private final Clock clock;

	HoursController(VolunteerHours hours, CommunityManagement communities, AccountManagement accounts, Pdfs pdfs,
			org.springframework.context.MessageSource messageSource, Clock clock) {
		this.hours = hours;
		this.communities = communities;
		this.accounts = accounts;
		this.pdfs = pdfs;
		this.messageSource = messageSource;
		this.clock = clock;
	}

	@GetMapping("/volunteer/{slug}/hours")
	String mine(@PathVariable String slug, Principal principal, Model model) {
		CommunitySummary community = community(slug);
		return page(community, Me.of(principal), new HoursForm(today(community).toString(), null, null), Map.of(),
				model);
	}

	@PostMapping("/volunteer/{slug}/hours")
	String add(@PathVariable String slug, @ModelAttribute HoursForm form, Principal principal, Model model,
			RedirectAttributes redirect) {
		CommunitySummary community = community(slug);
		AccountId me = Me.of(principal);
		hours.mine(community.id(), me).orElseThrow(Me::notFound);
		var problems = form.problems(today(community));
		if (!problems.isEmpty()) {
			return page(community, me, form, problems, model);
		}
		hours.add(community.id(), me, form.date().orElseThrow(), HoursForm.minutes(form.hours()).orElseThrow(),
				form.activity());
		redirect.addFlashAttribute("notice", "volunteers.hours.added");
		return "redirect:/volunteer/" + slug + "/hours";
	}

	@GetMapping("/volunteer/{slug}/hours.pdf")
	ResponseEntity<byte[]> statement(@PathVariable String slug, Principal principal, Locale locale) {
		CommunitySummary community = community(slug);
		AccountId me = Me.of(principal);
		List<HoursEntry> approved = hours.mine(community.id(), me).orElseThrow(Me::notFound).stream()
			.filter(HoursEntry::approved).toList();
		String name = accounts.displayNames(List.of(me)).getOrDefault(me, "");
		String title = new Messages(messageSource, locale).get("volunteers.statement.title", name);
		byte[] pdf = pdfs.render("volunteers/pdf/statement", Map.of("community", community, "name", name, "entries",
				approved, "issued", today(community)), locale, title);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("hours-" + community.slug() + ".pdf").build().toString())
			.body(pdf);
	}

	@GetMapping("/volunteers/{slug}/hours")
	String toApprove(@PathVariable String slug, Principal principal, Model model) {
		CommunitySummary community = community(slug);
		return approvals(community, Me.of(principal), Map.of(), model);
	}

	@PostMapping("/volunteers/{slug}/hours/{id}")
	String approve(@PathVariable String slug, @PathVariable String id, @RequestParam(required = false) String minutes,
			Principal principal, Model model, RedirectAttributes redirect) {
		CommunitySummary community = community(slug);
		AccountId me = Me.of(principal);
		hours.toApprove(community.id(), me).orElseThrow(Me::notFound);
		UUID entry = ScreeningController.uuid(id);
		var typed = HoursForm.minutes(minutes);
		if (typed.isEmpty()) {
			return approvals(community, me, Map.of(id, "volunteers.error.hours"), model);
		}
		if (!hours.approve(community.id(), entry, me, typed.get())) {
			throw Me.notFound();
		}
		redirect.addFlashAttribute("notice", "volunteers.hours.approved");
		return "redirect:/volunteers/" + slug + "/hours";
	}

	private String approvals(CommunitySummary community, AccountId me, Map<String, String> errors, Model model) {
		List<HoursEntry> proposed = hours.toApprove(community.id(), me).orElseThrow(Me::notFound);
		model.addAttribute("community", community);
		model.addAttribute("entries", proposed);
		model.addAttribute("names", accounts.displayNames(proposed.stream().map(HoursEntry::volunteer).toList()));
		model.addAttribute("errors", errors);
		return "volunteers/hours-approve";
	}

	private String page(CommunitySummary community, AccountId me, HoursForm form, Map<String, String> errors,
			Model model) {
		model.addAttribute("community", community);
		model.addAttribute("entries", hours.mine(community.id(), me).orElseThrow(Me::notFound));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "volunteers/hours";
	}

	private LocalDate today(CommunitySummary community) {
		return LocalDate.now(clock.withZone(community.timeZone()));
	}

	private CommunitySummary community(String slug) {
		return communities.findBySlug(slug).orElseThrow(Me::notFound);
	}
}
