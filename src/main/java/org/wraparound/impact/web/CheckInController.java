package org.wraparound.impact.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.wraparound.circles.SupportDomain;
import org.wraparound.impact.CheckInAnswer;
import org.wraparound.impact.EvaluationCheckIns;

/**
 * The evaluation check-in a caregiver opens from their email, without signing in: four short questions, answered
 * once. A link already used, or not one of ours, says so plainly.
 */
@Controller
class CheckInController {

	private final EvaluationCheckIns checkIns;

	CheckInController(EvaluationCheckIns checkIns) {
		this.checkIns = checkIns;
	}

	@GetMapping("/impact/check-ins/{token}")
	String show(@PathVariable String token, Model model) {
		return switch (checkIns.link(token)) {
			case OPEN -> form(token, "", List.of(), "", "", Map.of(), model);
			case ANSWERED -> done("impact.check-in.used", model);
			case UNKNOWN -> done("impact.check-in.unknown", model);
		};
	}

	@PostMapping("/impact/check-ins/{token}")
	String answer(@PathVariable String token, @RequestParam(required = false) String supported,
			@RequestParam(required = false) List<String> unmet, @RequestParam(required = false) String lonely,
			@RequestParam(required = false) String comment, Model model) {
		if (checkIns.link(token) != EvaluationCheckIns.Link.OPEN) {
			return show(token, model);
		}
		Map<String, String> errors = new LinkedHashMap<>();
		int feel = scale(supported);
		int alone = scale(lonely);
		if (feel == 0) {
			errors.put("supported", "impact.check-in.supported.missing");
		}
		if (alone == 0) {
			errors.put("lonely", "impact.check-in.lonely.missing");
		}
		String text = comment == null ? "" : comment;
		if (text.length() > CheckInAnswer.MAX_COMMENT) {
			errors.put("comment", "impact.check-in.comment.too-long");
		}
		Set<SupportDomain> domains = EnumSet.noneOf(SupportDomain.class);
		for (String domain : unmet == null ? List.<String>of() : unmet) {
			for (SupportDomain known : SupportDomain.values()) {
				if (known.name().equals(domain)) {
					domains.add(known);
				}
			}
		}
		if (!errors.isEmpty()) {
			return form(token, blank(supported), domains.stream().map(Enum::name).toList(), blank(lonely), text, errors,
					model);
		}
		if (!checkIns.answer(token, new CheckInAnswer(feel, domains, alone, text))) {
			return done("impact.check-in.used", model);
		}
		return done("impact.check-in.thanks", model);
	}

	private static int scale(String value) {
		if (value != null && value.matches("[1-5]")) {
			return Integer.parseInt(value);
		}
		return 0;
	}

	private static String blank(String value) {
		return value == null ? "" : value;
	}

	private String form(String token, String supported, List<String> unmet, String lonely, String comment,
			Map<String, String> errors, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("supported", supported);
		model.addAttribute("unmet", unmet);
		model.addAttribute("lonely", lonely);
		model.addAttribute("comment", comment);
		model.addAttribute("errors", errors);
		return "impact/check-in";
	}

	private String done(String key, Model model) {
		model.addAttribute("message", key);
		return "impact/check-in-done";
	}
}
