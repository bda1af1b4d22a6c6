package org.wraparound.circles.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountId;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.CircleView;
import org.wraparound.circles.PlainText;
import org.wraparound.circles.SupportDomain;
import org.wraparound.circles.SupportNetwork;
import org.wraparound.directory.EntryId;

/** Coordinators edit the support-network map: who helps with which domain. Anyone else gets 404. */
@Controller
class SupportMapController {

	private final CircleAccess access;
	private final SupportNetwork network;
	private final CirclePage circlePage;

	SupportMapController(CircleAccess access, SupportNetwork network, CirclePage circlePage) {
		this.access = access;
		this.network = network;
		this.circlePage = circlePage;
	}

	@PostMapping("/circles/{id}/supporters")
	String add(@PathVariable String id, @RequestParam(defaultValue = "") String domain,
			@RequestParam(defaultValue = "") String member, @RequestParam(defaultValue = "") String group,
			@RequestParam(defaultValue = "") String name, Principal principal, Model model,
			RedirectAttributes redirect) {
		CircleView circle = access.coordinated(id, principal);
		Map<String, String> errors = new LinkedHashMap<>();
		if (!domain.matches("PHYSICAL|EMOTIONAL|SOCIAL|SPIRITUAL|PRACTICAL")) {
			errors.put("domain", "circles.map.domain.required");
		}
		Optional<AccountId> chosen = member.isBlank() ? Optional.empty() : AccountId.parse(member);
		if (!member.isBlank() && chosen.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Optional<EntryId> entry = group.isBlank() ? Optional.empty() : EntryId.parse(group);
		if (!group.isBlank() && entry.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (chosen.isEmpty() && entry.isEmpty()) {
			PlainText.problem(name, SupportNetwork.MAX_NAME)
				.ifPresent(problem -> errors.put("name", "circles.text.required".equals(problem)
						? "circles.map.who.required" : problem));
		}
		if (!errors.isEmpty()) {
			model.addAttribute("supporterForm",
					Map.of("domain", domain, "member", member, "group", group, "name", PlainText.retyped(name)));
			model.addAttribute("supporterErrors", errors);
			return circlePage.show(circle, CirclesController.me(principal), 0, model);
		}
		SupportDomain helped = SupportDomain.valueOf(domain);
		boolean added = entry.isPresent() && chosen.isEmpty()
				? network.addGroup(circle.id(), CirclesController.me(principal), helped, entry.get())
				: network.add(circle.id(), CirclesController.me(principal), helped, chosen, name);
		if (!added) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", "circles.map.added");
		return "redirect:/circles/" + circle.id() + "#support-map";
	}

	@PostMapping("/circles/{id}/supporters/{supporter}/remove")
	String remove(@PathVariable String id, @PathVariable String supporter, Principal principal,
			RedirectAttributes redirect) {
		CircleView circle = access.coordinated(id, principal);
		UUID supporterId = CircleId.parse(supporter).map(CircleId::value)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!network.remove(circle.id(), CirclesController.me(principal), supporterId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", "circles.map.removed");
		return "redirect:/circles/" + circle.id() + "#support-map";
	}

}
