package org.wraparound.toolkit.templates;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.platform.Language;

/**
 * A community's fill-in templates and slides, for its champions (and staff). To anyone else the pages do not exist:
 * 404, as for an unknown template.
 */
@Controller
class TemplatesController {

	private final FillInTemplates templates;
	private final CommunityManagement communities;
	private final AccountManagement accounts;

	TemplatesController(FillInTemplates templates, CommunityManagement communities, AccountManagement accounts) {
		this.templates = templates;
		this.communities = communities;
		this.accounts = accounts;
	}

	@GetMapping("/toolkit/{slug}/templates")
	String list(@PathVariable String slug, Principal principal, HttpServletRequest request, Model model) {
		model.addAttribute("community", championed(slug, principal, request));
		model.addAttribute("templates", List.of(FillInTemplate.values()));
		return "toolkit/templates/list";
	}

	@GetMapping("/toolkit/{slug}/templates/slides")
	String slides(@PathVariable String slug, Principal principal, HttpServletRequest request, Locale locale,
			Model model) {
		model.addAttribute("community", championed(slug, principal, request));
		model.addAttribute("language", Language.of(locale));
		return "toolkit/templates/slides";
	}

	@GetMapping("/toolkit/{slug}/templates/slides/pdf")
	ResponseEntity<byte[]> slidesPdf(@PathVariable String slug, @RequestParam(required = false) String language,
			Principal principal, HttpServletRequest request, Locale locale) {
		CommunitySummary community = championed(slug, principal, request);
		return pdf("slides-" + community.slug(), templates.slides(community, chosen(language, Language.of(locale))));
	}

	@GetMapping("/toolkit/{slug}/templates/{key}")
	String form(@PathVariable String slug, @PathVariable String key, Principal principal, HttpServletRequest request,
			Locale locale, Model model) {
		CommunitySummary community = championed(slug, principal, request);
		FillInTemplate template = template(key);
		var filled = templates.current(community, template, championName(community, principal), Language.of(locale));
		return form(community, template, filled.values(), filled.language().code(), filled.saved(), null, model);
	}

	@PostMapping("/toolkit/{slug}/templates/{key}")
	String save(@PathVariable String slug, @PathVariable String key, @RequestParam Map<String, String> params,
			Principal principal, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		CommunitySummary community = championed(slug, principal, request);
		FillInTemplate template = template(key);
		TemplateForm form = TemplateForm.read(template, params);
		Errors errors = form.validate(template);
		if (errors.hasErrors()) {
			boolean saved = templates.current(community, template, "", Language.EN).saved();
			return form(community, template, form.toValues(), form.language(), saved, errors, model);
		}
		templates.save(community, template, form.chosenLanguage().orElseThrow(), form.toValues(), me(principal));
		redirect.addFlashAttribute("notice", "toolkit.templates.saved");
		return "redirect:/toolkit/" + community.slug() + "/templates/" + template.key();
	}

	@GetMapping("/toolkit/{slug}/templates/{key}/pdf")
	ResponseEntity<byte[]> download(@PathVariable String slug, @PathVariable String key,
			@RequestParam(required = false) String language, Principal principal, HttpServletRequest request,
			Locale locale) {
		CommunitySummary community = championed(slug, principal, request);
		FillInTemplate template = template(key);
		var filled = templates.current(community, template, championName(community, principal), Language.of(locale));
		return pdf(template.key() + "-" + community.slug(),
				templates.pdf(community, template, filled.values(), chosen(language, filled.language())));
	}

	private String form(CommunitySummary community, FillInTemplate template, TemplateValues values, String language,
			boolean saved, Errors errors, Model model) {
		model.addAttribute("community", community);
		model.addAttribute("template", template);
		model.addAttribute("fields", template.fields());
		model.addAttribute("values", values);
		model.addAttribute("language", language);
		model.addAttribute("saved", saved);
		model.addAttribute("errors", errors);
		return "toolkit/templates/form";
	}

	private static ResponseEntity<byte[]> pdf(String name, byte[] pdf) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + ".pdf").build().toString())
			.body(pdf);
	}

	/** The community, when the signed-in person is one of its champions or staff; otherwise 404. */
	private CommunitySummary championed(String slug, Principal principal, HttpServletRequest request) {
		CommunitySummary community = communities.findBySlug(slug).orElseThrow(TemplatesController::notFound);
		boolean staff = request.isUserInRole("STAFF") || request.isUserInRole("ADMIN");
		if (!staff && !communities.isChampion(me(principal), community.id())) {
			throw notFound();
		}
		return community;
	}

	/** The signed-in champion's name, or for staff the community's first champion's. */
	private String championName(CommunitySummary community, Principal principal) {
		AccountId me = me(principal);
		List<AccountId> champions = community.champions().contains(me) ? List.of(me) : community.champions();
		var names = accounts.displayNames(champions);
		return champions.stream().map(names::get).filter(name -> name != null).findFirst().orElse("");
	}

	private static FillInTemplate template(String key) {
		return FillInTemplate.byKey(key).orElseThrow(TemplatesController::notFound);
	}

	private static Language chosen(String code, Language otherwise) {
		return code != null && code.length() == 2 ? Language.parse(code).orElse(otherwise) : otherwise;
	}

	private static AccountId me(Principal principal) {
		return AccountId.parse(principal.getName()).orElseThrow(TemplatesController::notFound);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
