package org.wraparound.circles.web;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.wraparound.accounts.AccountId;
import org.wraparound.circles.BereavementFollowUp;
import org.wraparound.circles.CircleSettings;
import org.wraparound.circles.CircleUpdates;
import org.wraparound.circles.CircleView;
import org.wraparound.circles.SupportNetwork;
import org.wraparound.communities.CommunityManagement;

/**
 * The whole circle page: the person, needs, members, the updates feed, the support map and, after a death, the
 * bereavement follow-up. Whatever a form put in
 * the model first (what was typed, the messages beside fields) is kept.
 */
@Component
class CirclePage {

	private final CircleUpdates updates;
	private final SupportNetwork network;
	private final CommunityManagement communities;
	private final BereavementFollowUp followUp;
	private final CircleSettings settings;

	CirclePage(CircleUpdates updates, SupportNetwork network, CommunityManagement communities,
			BereavementFollowUp followUp, CircleSettings settings) {
		this.updates = updates;
		this.network = network;
		this.communities = communities;
		this.followUp = followUp;
		this.settings = settings;
	}

	String show(CircleView circle, AccountId viewer, int feedPage, Model model) {
		model.addAttribute("circle", circle);
		model.addAttribute("community", communities.find(circle.community()).map(c -> c.name()).orElse(""));
		if (!model.containsAttribute("needs")) {
			model.addAttribute("needs", circle.needs());
			model.addAttribute("needErrors", Map.of());
		}
		updates.feed(circle.id(), viewer, feedPage).ifPresent(feed -> model.addAttribute("feed", feed));
		network.map(circle.id(), viewer).ifPresent(map -> {
			model.addAttribute("map", map);
			model.addAttribute("drawing", SupportMapDrawing.of(map));
		});
		followUp.followUp(circle.id(), viewer).ifPresent(found -> model.addAttribute("followUp", found));
		model.addAttribute("zone", settings.timeZone());
		return "circles/show";
	}
}
