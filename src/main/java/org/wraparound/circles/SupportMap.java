package org.wraparound.circles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who helps the person with what: members of the circle and people or groups outside the platform, by support
 * domain. A domain where nobody helps is a gap.
 *
 * @param members the circle's members, whom a coordinator may pick from
 * @param groups the groups of the community's asset map, which a coordinator may pick from
 * @param canEdit whether the viewer may change the map
 */
public record SupportMap(CircleId circle, String personName, List<Supporter> supporters, List<CircleMember> members,
		List<Group> groups, boolean canEdit) {

	/**
	 * One helper in one domain; {@code member} tells whether they are in the circle, {@code page} is the asset-map
	 * page of a group from the community's directory.
	 */
	public record Supporter(UUID id, SupportDomain domain, String name, boolean member, Optional<String> page) {

		public Supporter(UUID id, SupportDomain domain, String name, boolean member) {
			this(id, domain, name, member, Optional.empty());
		}
	}

	/** A group of the community's asset map that a coordinator may name as a helper, with its category's label key. */
	public record Group(UUID id, String name, String categoryKey) {
	}

	/** A helper and every domain they help with, for drawing one node per helper. */
	public record Helper(String name, boolean member, List<SupportDomain> domains) {
	}

	/** The supporters in one domain. */
	public List<Supporter> in(SupportDomain domain) {
		return supporters.stream().filter(supporter -> supporter.domain() == domain).toList();
	}

	/** The domains where nobody helps yet. */
	public List<SupportDomain> gaps() {
		return Arrays.stream(SupportDomain.values()).filter(domain -> in(domain).isEmpty()).toList();
	}

	/** Each helper once, with their domains, in the order they were first added. */
	public List<Helper> helpers() {
		Map<String, List<SupportDomain>> domains = new LinkedHashMap<>();
		Map<String, Boolean> members = new LinkedHashMap<>();
		for (Supporter supporter : supporters) {
			String key = (supporter.member() ? "m:" : "o:") + supporter.name();
			domains.computeIfAbsent(key, k -> new ArrayList<>()).add(supporter.domain());
			members.put(key, supporter.member());
		}
		return domains.entrySet().stream()
			.map(entry -> new Helper(entry.getKey().substring(2), members.get(entry.getKey()),
					entry.getValue().stream().distinct().toList()))
			.toList();
	}
}
