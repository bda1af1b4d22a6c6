package org.wraparound.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class HomeController {

	@GetMapping("/")
	String home(@RequestParam(required = false) String signedout, Model model) {
		model.addAttribute("facts", QuickFact.ALL);
		if (signedout != null) {
			model.addAttribute("notice", "signout.done");
		}
		return "site/home";
	}
}
