package org.wraparound.communities;

import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.platform.ConditionalOnDemoData;
import org.wraparound.platform.Language;

/**
 * The demo community, led by the demo champion: a made-up town in Ontario, with a description and a few
 * neighbourhoods. Loading again adds nothing; a demo community from before neighbourhoods existed gets them.
 * Runs after the demo accounts exist.
 */
@Component
@ConditionalOnDemoData
@Order(20)
class DemoCommunity implements ApplicationRunner {

	static final String NAME = "Maple Grove Compassionate Community";
	static final String CHAMPION = "champion@wraparound.example";
	static final Area AREA = new Area(44.3894, -79.6903, 15);
	static final List<PlaceName> NEIGHBOURHOODS = List.of(new PlaceName("Old Mill", 44.3962, -79.6841),
			new PlaceName("Birch Hill", 44.4071, -79.7013), new PlaceName("Lakeshore", 44.3788, -79.6695),
			new PlaceName("Cedar Park", 44.3702, -79.7102), new PlaceName("Station Square", 44.3905, -79.6922));

	private final CommunityManagement management;
	private final Communities communities;
	private final Neighbourhoods neighbourhoods;
	private final AccountManagement accounts;
	private final Clock clock;

	DemoCommunity(CommunityManagement management, Communities communities, Neighbourhoods neighbourhoods,
			AccountManagement accounts, Clock clock) {
		this.management = management;
		this.communities = communities;
		this.neighbourhoods = neighbourhoods;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (communities.findBySlug(Slugs.of(NAME)).isEmpty()) {
			accounts.findByEmail(CHAMPION).ifPresent(champion -> management.start(new StartCommunity(NAME,
					"Maple Grove, Ontario (a made-up town)", ZoneId.of("America/Toronto"), champion.id(),
					Optional.of(AREA), EnumSet.allOf(Language.class))));
		}
		communities.findBySlug(Slugs.of(NAME)).filter(community -> neighbourhoods.of(community.id()).isEmpty())
			.ifPresent(this::fillIn);
	}

	private void fillIn(Community community) {
		community.locate(AREA);
		community.describe(new CommunityDescription(
				"Neighbours in Maple Grove who bring meals, give rides, visit and sit with people living with a "
						+ "serious illness, their caregivers and those who are grieving. We also hold a monthly "
						+ "coffee at the library for caregivers.",
				"Des voisins de Maple Grove qui apportent des repas, offrent des transports, rendent visite et "
						+ "tiennent compagnie aux personnes atteintes d’une maladie grave, à leurs proches aidants et "
						+ "aux personnes en deuil. Nous tenons aussi un café mensuel à la bibliothèque pour les "
						+ "proches aidants."));
		communities.save(community);
		NEIGHBOURHOODS.forEach(place -> neighbourhoods.add(community.id(), place, clock.instant()));
	}
}
