package org.wraparound.toolkit.surveys;

import java.nio.charset.StandardCharsets;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.platform.BaseUrl;
import org.wraparound.platform.Language;

/**
 * A community's surveys, for its champions (and staff): start one from a built-in set, edit it while it is a draft,
 * publish, close, run again, read the results and download them. To anyone else the pages do not exist (404).
 */
@Controller
class SurveysController {

	private final SurveyManagement surveys;
	private final CommunityManagement communities;
	private final AccountManagement accounts;
	private final BaseUrl baseUrl;
	private final MessageSource messages;

	SurveysController(SurveyManagement surveys, CommunityManagement communities, AccountManagement accounts,
			BaseUrl baseUrl, MessageSource messages) {
		this.surveys = surveys;
		this.communities = communities;
		this.accounts = accounts;
		this.baseUrl = baseUrl;
		this.messages = messages;
	}

	@GetMapping("/toolkit/{slug}/surveys")
	String list(@PathVariable String slug, Principal principal, HttpServletRequest request, Locale locale,
			Model model) {
		CommunitySummary community = championed(slug, principal, request);
		model.addAttribute("community", community);
		model.addAttribute("surveys", surveys.of(community.id()));
		model.addAttribute("sets", QuestionSet.ALL);
		model.addAttribute("language", Language.of(locale));
		return "toolkit/surveys/list";
	}

	@PostMapping("/toolkit/{slug}/surveys")
	String start(@PathVariable String slug, @RequestParam(required = false) String set, Principal principal,
			HttpServletRequest request) {
		CommunitySummary community = championed(slug, principal, request);
		QuestionSet chosen = QuestionSet.byKey(set == null ? "" : set).orElseThrow(SurveysController::notFound);
		UUID id = surveys.start(community.id(), chosen, me(principal));
		return "redirect:" + base(community) + "/" + id;
	}

	@GetMapping("/toolkit/{slug}/surveys/{id}")
	String show(@PathVariable String slug, @PathVariable String id, Principal principal, HttpServletRequest request,
			Locale locale, Model model) {
		CommunitySummary community = championed(slug, principal, request);
		Survey survey = survey(community, id);
		model.addAttribute("community", community);
		model.addAttribute("survey", survey);
		model.addAttribute("language", Language.of(locale));
		model.addAttribute("link", baseUrl.link("/surveys/" + survey.token().orElse("")));
		model.addAttribute("answers", surveys.perRound(survey).getOrDefault(survey.round(), 0L));
		return "toolkit/surveys/survey";
	}

	@GetMapping("/toolkit/{slug}/surveys/{id}/questions/new")
	String newQuestion(@PathVariable String slug, @PathVariable String id, Principal principal,
			HttpServletRequest request, Model model) {
		CommunitySummary community = championed(slug, principal, request);
		return question(community, survey(community, id), null, QuestionForm.blank(), Map.of(), model);
	}

	@PostMapping("/toolkit/{slug}/surveys/{id}/questions")
	String add(@PathVariable String slug, @PathVariable String id, @RequestParam Map<String, String> params,
			Principal principal, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		CommunitySummary community = championed(slug, principal, request);
		Survey survey = survey(community, id);
		QuestionForm form = QuestionForm.read(params);
		Map<String, String> errors = form.errors();
		if (!errors.isEmpty()) {
			return question(community, survey, null, form, errors, model);
		}
		notice(redirect, surveys.add(survey, form.toDraft()), "toolkit.surveys.question.added");
		return "redirect:" + base(community) + "/" + survey.id();
	}

	@GetMapping("/toolkit/{slug}/surveys/{id}/questions/{question}")
	String editQuestion(@PathVariable String slug, @PathVariable String id, @PathVariable String question,
			Principal principal, HttpServletRequest request, Model model) {
		CommunitySummary community = championed(slug, principal, request);
		Survey survey = survey(community, id);
		Question existing = question(survey, question);
		return question(community, survey, existing, QuestionForm.of(existing), Map.of(), model);
	}

	@PostMapping("/toolkit/{slug}/surveys/{id}/questions/{question}")
	String saveQuestion(@PathVariable String slug, @PathVariable String id, @PathVariable String question,
			@RequestParam Map<String, String> params, Principal principal, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		CommunitySummary community = championed(slug, principal, request);
		Survey survey = survey(community, id);
		Question existing = question(survey, question);
		QuestionForm form = QuestionForm.read(params);
		Map<String, String> errors = form.errors();
		if (!errors.isEmpty()) {
			return question(community, survey, existing, form, errors, model);
		}
		notice(redirect, surveys.edit(survey, existing.id(), form.toDraft()), "toolkit.surveys.question.saved");
		return "redirect:" + base(community) + "/" + survey.id() + "#question-" + existing.id();
	}

	@PostMapping("/toolkit/{slug}/surveys/{id}/questions/{question}/{action}")
	String change(@PathVariable String slug, @PathVariable String id, @PathVariable String question,
			@PathVariable String action, Principal principal, HttpServletRequest request,
			RedirectAttributes redirect) {
		CommunitySummary community = championed(slug, principal, request);
		Survey survey = survey(community, id);
		UUID chosen = question(survey, question).id();
		boolean done = switch (action) {
			case "up" -> surveys.move(survey, chosen, true);
			case "down" -> surveys.move(survey, chosen, false);
			case "remove" -> surveys.remove(survey, chosen);
			default -> throw notFound();
		};
		notice(redirect, done, "toolkit.surveys.question." + action);
		return "redirect:" + base(community) + "/" + survey.id() + (done && !action.equals("remove")
				? "#question-" + chosen : "");
	}

	@PostMapping("/toolkit/{slug}/surveys/{id}/{action}")
	String act(@PathVariable String slug, @PathVariable String id, @PathVariable String action,
			@RequestParam(required = false) String anonymous, Principal principal, HttpServletRequest request,
			RedirectAttributes redirect) {
		CommunitySummary community = championed(slug, principal, request);
		Survey survey = survey(community, id);
		boolean done = switch (action) {
			case "anonymous" -> {
				surveys.anonymous(survey, !"false".equals(anonymous));
				yield survey.draft();
			}
			case "publish" -> surveys.publish(survey);
			case "close" -> surveys.close(survey);
			case "round" -> surveys.newRound(survey);
			default -> throw notFound();
		};
		notice(redirect, done, "toolkit.surveys." + action + ".done");
		return "redirect:" + base(community) + "/" + survey.id();
	}

	@GetMapping("/toolkit/{slug}/surveys/{id}/results")
	String results(@PathVariable String slug, @PathVariable String id, Principal principal,
			HttpServletRequest request, Locale locale, Model model) {
		CommunitySummary community = championed(slug, principal, request);
		Survey survey = survey(community, id);
		model.addAttribute("community", community);
		model.addAttribute("results", surveys.results(survey));
		model.addAttribute("language", Language.of(locale));
		return "toolkit/surveys/results";
	}

	@GetMapping("/toolkit/{slug}/surveys/{id}/results.csv")
	ResponseEntity<byte[]> csv(@PathVariable String slug, @PathVariable String id, Principal principal,
			HttpServletRequest request, Locale locale) {
		CommunitySummary community = championed(slug, principal, request);
		Survey survey = survey(community, id);
		List<Responses.Response> responses = surveys.responses(survey);
		var names = accounts.displayNames(responses.stream().flatMap(response -> response.by().stream()).toList());
		List<String> headings = survey.anonymous()
				? List.of(t("toolkit.surveys.csv.round", locale), t("toolkit.surveys.csv.date", locale),
						t("toolkit.surveys.csv.language", locale))
				: List.of(t("toolkit.surveys.csv.round", locale), t("toolkit.surveys.csv.date", locale),
						t("toolkit.surveys.csv.language", locale), t("toolkit.surveys.csv.person", locale));
		String csv = SurveyCsv.write(survey, responses, names, Language.of(locale), community.timeZone(), headings);
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = csv.getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, body, 0, bom.length);
		System.arraycopy(text, 0, body, bom.length, text.length);
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("survey-" + survey.basedOn() + ".csv").build().toString())
			.body(body);
	}

	private String question(CommunitySummary community, Survey survey, Question existing, QuestionForm form,
			Map<String, String> errors, Model model) {
		model.addAttribute("community", community);
		model.addAttribute("survey", survey);
		model.addAttribute("existing", Optional.ofNullable(existing));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "toolkit/surveys/question";
	}

	private String t(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static void notice(RedirectAttributes redirect, boolean done, String key) {
		redirect.addFlashAttribute("notice", done ? key : "toolkit.surveys.not-changed");
	}

	private static String base(CommunitySummary community) {
		return "/toolkit/" + community.slug() + "/surveys";
	}

	private Survey survey(CommunitySummary community, String id) {
		return uuid(id).flatMap(survey -> surveys.find(community.id(), survey)).orElseThrow(SurveysController::notFound);
	}

	private static Question question(Survey survey, String id) {
		return uuid(id).flatMap(survey::question).orElseThrow(SurveysController::notFound);
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
		CommunitySummary community = communities.findBySlug(slug).orElseThrow(SurveysController::notFound);
		boolean staff = request.isUserInRole("STAFF") || request.isUserInRole("ADMIN");
		if (!staff && !communities.isChampion(me(principal), community.id())) {
			throw notFound();
		}
		return community;
	}

	private static AccountId me(Principal principal) {
		return AccountId.parse(principal.getName()).orElseThrow(SurveysController::notFound);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
