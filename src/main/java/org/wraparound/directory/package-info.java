/**
 * The community asset map: the groups, services and places in a community that can help (faith communities,
 * libraries, hospices, transport, meals…), searchable by words, category, language and distance, shown as a list and
 * on a map, with the gaps its champions see. The map is public; only a community's champions change it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "accounts", "communities",
		"audit" })
package org.wraparound.directory;
