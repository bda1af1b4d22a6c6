package org.wraparound.site;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/**
 * The pages behind the home page's three calls to action. Each says in plain words what happens next and what a
 * visitor can do today.
 */
@Controller
class NextStepsController {

	/** Path segment to message prefix; the list is closed, anything else is a 404. */
	private static final Map<String, String> PATHS = Map.of("volunteer", "volunteer", "start-a-community", "start",
			"ask-for-help", "ask");

	@GetMapping("/join/{path}")
	String nextSteps(@PathVariable String path, Model model) {
		String prefix = PATHS.get(path);
		if (prefix == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("prefix", "join." + prefix);
		return "site/next-steps";
	}

	@GetMapping("/join")
	String join() {
		return "site/join";
	}
}
