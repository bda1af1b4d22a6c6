package org.wraparound.communities;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.wraparound.accounts.AccountId;
import org.wraparound.platform.Language;

@Table("communities_community")
class Community {

	@Id
	private final UUID id;
	private final String slug;
	private String name;
	private String region;
	private String timeZone;
	private Double latitude;
	private Double longitude;
	private Double radiusKm;
	private String languages = "en,fr";
	private String descriptionEn;
	private String descriptionFr;
	private final Instant createdAt;
	@MappedCollection(idColumn = "community_id")
	private Set<Champion> champions = new HashSet<>();
	@Version
	private Long version;

	Community(UUID id, String slug, String name, String region, String timeZone, Instant createdAt) {
		this.id = id;
		this.slug = slug;
		this.name = name;
		this.region = region;
		this.timeZone = timeZone;
		this.createdAt = createdAt;
	}

	static Community start(StartCommunity command, String slug, Instant now) {
		Community community = new Community(UUID.randomUUID(), slug, command.name().strip(),
				command.region().strip(), command.timeZone().getId(), now);
		command.area().ifPresent(community::locate);
		community.languages = Arrays.stream(Language.values()).filter(command.languages()::contains)
			.map(Language::code).collect(Collectors.joining(","));
		community.addChampion(command.champion(), now);
		return community;
	}

	/** Says where the community works. */
	void locate(Area area) {
		latitude = area.latitude();
		longitude = area.longitude();
		radiusKm = area.radiusKm();
	}

	void describe(CommunityDescription description) {
		descriptionEn = description.english().isEmpty() ? null : description.english();
		descriptionFr = description.french().isEmpty() ? null : description.french();
	}

	CommunityDescription description() {
		return new CommunityDescription(descriptionEn, descriptionFr);
	}

	/** Adds a champion; adding one who already is changes nothing. */
	boolean addChampion(AccountId account, Instant now) {
		if (isChampion(account)) {
			return false;
		}
		return champions.add(new Champion(account.value(), now));
	}

	/** Removes a champion; a community always keeps at least one. */
	boolean removeChampion(AccountId account) {
		return champions.size() > 1 && champions.removeIf(champion -> champion.accountId().equals(account.value()));
	}

	boolean isChampion(AccountId account) {
		return champions.stream().anyMatch(champion -> champion.accountId().equals(account.value()));
	}

	CommunityId id() {
		return new CommunityId(id);
	}

	String slug() {
		return slug;
	}

	String name() {
		return name;
	}

	ZoneId timeZone() {
		return ZoneId.of(timeZone);
	}

	CommunitySummary summary() {
		List<AccountId> ordered = champions.stream().sorted(Comparator.comparing(Champion::since))
				.map(champion -> new AccountId(champion.accountId())).toList();
		Optional<Area> area = latitude == null || longitude == null || radiusKm == null ? Optional.empty()
				: Optional.of(new Area(latitude, longitude, radiusKm));
		List<Language> spoken = Arrays.stream(languages.split(",")).map(Language::parse).flatMap(Optional::stream)
			.distinct().sorted().toList();
		return new CommunitySummary(id(), slug, name, region, timeZone(), ordered, area, spoken);
	}

	/** A person who champions this community, since a given time. */
	@Table("communities_champion")
	record Champion(UUID accountId, Instant since) {
	}
}
