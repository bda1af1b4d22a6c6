package org.wraparound.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.wraparound.stories.StoryManagement;

@Controller
class HomeController {

	private final StoryManagement stories;
	private final QuickFacts facts;

	HomeController(StoryManagement stories, QuickFacts facts) {
		this.stories = stories;
		this.facts = facts;
	}

	@GetMapping("/")
	String home(@RequestParam(required = false) String signedout, Model model) {
		model.addAttribute("facts", facts.all());
		model.addAttribute("featured", stories.featured());
		if (signedout != null) {
			model.addAttribute("notice", "signout.done");
		}
		return "site/home";
	}
}
