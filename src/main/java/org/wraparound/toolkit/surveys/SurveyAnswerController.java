package org.wraparound.toolkit.surveys;

import java.security.Principal;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.platform.Language;
import org.wraparound.platform.RateLimiter;

/**
 * A survey's public form: anyone with the link answers, no account needed. A closed survey says so (and stores
 * nothing); answers are limited per client address (429).
 */
@Controller
class SurveyAnswerController {

	static final String PER_IP = "survey-answer-per-ip";

	private final SurveyManagement surveys;
	private final CommunityManagement communities;
	private final RateLimiter limiter;

	SurveyAnswerController(SurveyManagement surveys, CommunityManagement communities, RateLimiter limiter) {
		this.surveys = surveys;
		this.communities = communities;
		this.limiter = limiter;
	}

	@GetMapping("/surveys/{token}")
	String form(@PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
		Survey survey = survey(token);
		return page(survey, AnswerForm.empty(), locale, model, response);
	}

	@PostMapping("/surveys/{token}")
	String answer(@PathVariable String token, @RequestParam MultiValueMap<String, String> params, Locale locale,
			Principal principal, Model model, HttpServletRequest request, HttpServletResponse response) {
		Survey survey = survey(token);
		var decision = limiter.consume(PER_IP, request.getRemoteAddr());
		if (!decision.allowed()) {
			response.setHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return "toolkit/surveys/throttled";
		}
		AnswerForm form = AnswerForm.read(survey, params);
		Optional<AccountId> by = Optional.ofNullable(principal).flatMap(signedIn -> AccountId.parse(signedIn.getName()));
		ZoneId zone = communities.find(survey.community()).map(CommunitySummary::timeZone).orElse(ZoneId.of("UTC"));
		if (!survey.open() || !surveys.answer(survey, form, Language.of(locale), by, zone)) {
			return page(survey, form, locale, model, response);
		}
		return "redirect:/surveys/" + token + "/thanks";
	}

	@GetMapping("/surveys/{token}/thanks")
	String thanks(@PathVariable String token, Locale locale, Model model) {
		Survey survey = survey(token);
		model.addAttribute("survey", survey);
		model.addAttribute("community", communities.find(survey.community()).map(CommunitySummary::name).orElse(""));
		model.addAttribute("language", Language.of(locale));
		return "toolkit/surveys/thanks";
	}

	private String page(Survey survey, AnswerForm form, Locale locale, Model model, HttpServletResponse response) {
		model.addAttribute("survey", survey);
		model.addAttribute("community", communities.find(survey.community()).map(CommunitySummary::name).orElse(""));
		model.addAttribute("language", Language.of(locale));
		if (!survey.open()) {
			response.setStatus(HttpStatus.GONE.value());
			return "toolkit/surveys/closed";
		}
		model.addAttribute("form", form);
		return "toolkit/surveys/answer";
	}

	private Survey survey(String token) {
		return surveys.byToken(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
