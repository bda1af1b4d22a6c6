package org.wraparound.circles.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.wraparound.circles.SupportDomain;
import org.wraparound.circles.SupportMap;

/**
 * Where things go in the drawn support map: the person in the centre, the five domains in a ring around them, and
 * each helper in an outer ring, near the domains they help with, linked to each of them.
 */
public record SupportMapDrawing(List<DomainNode> domains, List<HelperNode> helpers, List<Link> links) {

	public static final int WIDTH = 840;
	public static final int HEIGHT = 620;
	public static final int CENTRE_X = WIDTH / 2;
	public static final int CENTRE_Y = HEIGHT / 2;
	private static final int DOMAIN_RING = 150;
	private static final int HELPER_RING = 250;
	private static final int LABEL_LENGTH = 22;

	/** A support domain; a gap when nobody helps with it. */
	public record DomainNode(SupportDomain domain, int x, int y, boolean gap) {
	}

	/** A helper, with where their name goes and which way it runs. */
	public record HelperNode(String label, boolean member, int x, int y, int labelX, int labelY, String anchor) {
	}

	/** A line between two nodes; {@code kind} is its CSS class. */
	public record Link(int x1, int y1, int x2, int y2, String kind) {
	}

	static SupportMapDrawing of(SupportMap map) {
		Map<SupportDomain, DomainNode> domains = new EnumMap<>(SupportDomain.class);
		List<Link> links = new ArrayList<>();
		SupportDomain[] all = SupportDomain.values();
		for (int i = 0; i < all.length; i++) {
			double angle = Math.toRadians(-90 + i * 360.0 / all.length);
			var node = new DomainNode(all[i], x(angle, DOMAIN_RING), y(angle, DOMAIN_RING), map.in(all[i]).isEmpty());
			domains.put(all[i], node);
			links.add(new Link(CENTRE_X, CENTRE_Y, node.x(), node.y(), node.gap() ? "map-link gap" : "map-link"));
		}
		// Helpers sit in the order of the domains they help with, so that their links cross as little as possible.
		List<SupportMap.Helper> helpers = map.helpers().stream()
			.sorted(Comparator.comparingDouble(helper -> helper.domains().stream().mapToInt(Enum::ordinal).average()
				.orElse(0)))
			.toList();
		List<HelperNode> nodes = new ArrayList<>();
		for (int k = 0; k < helpers.size(); k++) {
			var helper = helpers.get(k);
			double degrees = -90 - 36 + (k + 0.5) * 360.0 / helpers.size();
			double angle = Math.toRadians(degrees);
			int x = x(angle, HELPER_RING);
			int y = y(angle, HELPER_RING);
			double cos = Math.cos(angle);
			String anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
			int labelX = x + (int) Math.round(cos * 16);
			int labelY = y + (int) Math.round(Math.sin(angle) * 18) + 5;
			nodes.add(new HelperNode(shortened(helper.name()), helper.member(), x, y, labelX, labelY, anchor));
			for (SupportDomain domain : helper.domains()) {
				links.add(new Link(x, y, domains.get(domain).x(), domains.get(domain).y(), "map-link helps"));
			}
		}
		return new SupportMapDrawing(List.copyOf(domains.values()), nodes, links);
	}

	private static int x(double angle, int radius) {
		return CENTRE_X + (int) Math.round(Math.cos(angle) * radius);
	}

	private static int y(double angle, int radius) {
		return CENTRE_Y + (int) Math.round(Math.sin(angle) * radius);
	}

	private static String shortened(String name) {
		return name.length() <= LABEL_LENGTH ? name : name.substring(0, LABEL_LENGTH - 1).strip() + "…";
	}
}
