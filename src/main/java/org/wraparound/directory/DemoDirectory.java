package org.wraparound.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.platform.ConditionalOnDemoData;

/**
 * The demo community's asset map: a dozen made-up groups and places, one not checked for fourteen months, and two
 * gaps. Loaded once: a community with any entry is left alone.
 */
@Component
@ConditionalOnDemoData
@Order(70)
class DemoDirectory implements ApplicationRunner {

	static final String COMMUNITY = "maple-grove-compassionate-community";

	private static final List<EntryInput> ENTRIES = List.of(
			entry("St. Brigid’s Parish Visiting Team", "FAITH_COMMUNITY",
					"Parishioners who visit people at home or in hospital, and bring communion on request.",
					"Des paroissiens qui visitent les gens à la maison ou à l’hôpital.", "705-555-0110", "", "",
					"Office open Tuesday to Friday, 9 to 12", "12 Church Lane, Maple Grove", "44.3951", "-79.6868",
					"English, French", "Ramp at the side door"),
			entry("Maple Grove Public Library — Old Mill branch", "LIBRARY",
					"Large-print books, audiobooks by mail, and a quiet room for caregivers.",
					"Livres en gros caractères, livres audio par la poste et une salle calme pour les proches aidants.",
					"705-555-0120", "oldmill@library.example", "https://library.example/old-mill",
					"Monday to Saturday, 10 to 6", "3 Mill Road, Maple Grove", "44.3965", "-79.6835",
					"English, French", "Step-free entrance, accessible washroom"),
			entry("Birch Hill Residential Hospice", "HOSPICE",
					"Ten-bed hospice with family rooms; day program on Wednesdays.", "", "705-555-0130",
					"care@birchhill-hospice.example", "https://birchhill-hospice.example", "Open every day",
					"88 Birch Hill Road, Maple Grove", "44.4075", "-79.7021", "English", "Fully accessible"),
			entry("Lakeshore Home Care Co-op", "HOME_CARE",
					"Personal support workers for bathing, meals and respite at home.",
					"Préposés aux services de soutien à domicile : soins d’hygiène, repas et répit.",
					"705-555-0140", "", "https://lakeshore-coop.example", "Calls answered 8 to 8",
					"210 Shore Street, Maple Grove", "44.3791", "-79.6689", "English, French, Portuguese", ""),
			entry("Cedar Park Grief Circle", "GRIEF_SUPPORT",
					"A drop-in circle for anyone grieving, meeting twice a month.",
					"Un cercle de deuil ouvert à tous, deux fois par mois.", "", "griefcircle@cedarpark.example", "",
					"First and third Thursday, 7 pm", "Cedar Park Community Hall, Maple Grove", "44.3705", "-79.7098",
					"English, French", "Hearing loop in the hall"),
			entry("Station Square Volunteer Drivers", "TRANSPORT",
					"Rides to medical appointments for people who cannot drive, Monday to Saturday.", "",
					"705-555-0160", "", "", "Book two days ahead, Monday to Saturday",
					"Station Square, Maple Grove", "44.3907", "-79.6925", "English", "Cars with room for a walker"),
			entry("Maple Grove Community Meals", "MEALS_AND_FOOD",
					"Frozen home-cooked meals delivered weekly; soft and diabetic menus.",
					"Repas maison surgelés livrés chaque semaine; menus tendres et pour diabétiques.", "705-555-0170",
					"meals@maplegrove-meals.example", "", "Deliveries on Tuesdays",
					"40 King Street, Maple Grove", "44.3889", "-79.6911", "English, French", ""),
			entry("Caregivers’ Coffee Morning", "CAREGIVER_SUPPORT",
					"An hour for family caregivers to talk over coffee while volunteers sit with their person.",
					"Une heure entre proches aidants autour d’un café.", "", "", "",
					"Saturdays, 10 to 11", "Old Mill Library meeting room, Maple Grove", "44.3965", "-79.6835",
					"English, French", "Step-free"),
			entry("Maple Grove Legal Clinic (made-up)", "LEGAL_AND_FINANCIAL",
					"Free help with wills, powers of attorney and benefits forms.",
					"Aide gratuite pour les testaments, procurations et formulaires de prestations.", "705-555-0190",
					"", "https://legalclinic.example", "By appointment", "5 Court Street, Maple Grove", "44.3898",
					"-79.6950", "English, French", ""),
			entry("Lusophone Friends of Maple Grove", "CULTURAL_COMMUNITY",
					"Portuguese-speaking families who visit and cook for neighbours in need.", "", "705-555-0200",
					"", "", "Sunday after mass", "Lakeshore Hall, Maple Grove", "44.3780", "-79.6701",
					"Portuguese, English", ""),
			entry("Rotary-style Service Club of Maple Grove", "SERVICE_CLUB",
					"Lends wheelchairs and bath seats; builds ramps for members’ neighbours.",
					"Prête des fauteuils roulants et des sièges de bain; construit des rampes.", "705-555-0210", "",
					"", "Equipment loans on Mondays", "77 Elm Avenue, Maple Grove", "44.3850", "-79.6990",
					"English", ""),
			entry("Birch Hill Knitting and Listening Group", "OTHER",
					"Knits prayer shawls and lap blankets for the hospice and listens to whoever drops by.", "", "",
					"", "", "Wednesdays, 2 pm", "Birch Hill Hospice, Maple Grove", "44.4075", "-79.7021", "English",
					""));

	private final CommunityManagement communities;
	private final AccountManagement accounts;
	private final Entries entries;
	private final Gaps gaps;
	private final TransactionTemplate transactions;
	private final Clock clock;

	DemoDirectory(CommunityManagement communities, AccountManagement accounts, Entries entries, Gaps gaps,
			TransactionTemplate transactions, Clock clock) {
		this.communities = communities;
		this.accounts = accounts;
		this.entries = entries;
		this.gaps = gaps;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		var community = communities.findBySlug(COMMUNITY);
		var champion = accounts.findByEmail("champion@wraparound.example");
		if (community.isEmpty() || champion.isEmpty() || entries.count(community.get().id()) > 0) {
			return;
		}
		Instant now = clock.instant();
		Instant longAgo = now.atZone(ZoneOffset.UTC).minusMonths(14).toInstant();
		List<Entry> made = new ArrayList<>();
		for (int i = 0; i < ENTRIES.size(); i++) {
			Instant checked = i == 5 ? longAgo : now.minusSeconds(86_400L * (10 + 7L * i));
			made.add(ENTRIES.get(i).toEntry(new EntryId(UUID.randomUUID()), checked));
		}
		transactions.executeWithoutResult(status -> {
			entries.add(community.get().id(), made, now);
			gaps.add(community.get().id(), Category.GRIEF_SUPPORT, "No grief group for men", champion.get().id(), now);
			gaps.add(community.get().id(), Category.TRANSPORT, "No transport on Sundays", champion.get().id(), now);
		});
	}

	private static EntryInput entry(String name, String category, String english, String french, String phone,
			String email, String website, String hours, String address, String latitude, String longitude,
			String languages, String accessibility) {
		return new EntryInput(name, category, english, french, phone, email, website, hours, address, latitude,
				longitude, languages, accessibility, "Claire Dubois");
	}
}
