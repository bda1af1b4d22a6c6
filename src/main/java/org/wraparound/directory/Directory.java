package org.wraparound.directory;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;
import org.wraparound.communities.CommunityManagement;

/**
 * A community's asset map: anyone may search and read it; only the community's champions add, change, check and
 * remove entries, record gaps, and import or export the map as CSV. For anyone else a change does nothing and
 * answers false or empty (which the web layer turns into 404).
 */
@Service
@Transactional(readOnly = true)
public class Directory {

	/** An entry nobody has checked for this many months is flagged for review. */
	public static final int REVIEW_AFTER_MONTHS = 12;

	private final Entries entries;
	private final Gaps gaps;
	private final CommunityManagement communities;
	private final Clock clock;

	Directory(Entries entries, Gaps gaps, CommunityManagement communities, Clock clock) {
		this.entries = entries;
		this.gaps = gaps;
		this.communities = communities;
		this.clock = clock;
	}

	/** The entries that match, by name (whatever the accents), or nearest first when searching around a point. */
	public List<Listing> search(CommunityId community, Search search) {
		List<String> words = Stream.of(plain(search.words()).split("\\s+")).filter(word -> !word.isEmpty()).toList();
		Instant due = reviewDue();
		Stream<Listing> found = entries.of(community).stream()
			.filter(entry -> search.category().map(category -> entry.category() == category).orElse(true))
			.filter(entry -> search.language().map(wanted -> entry.languages().stream()
				.anyMatch(language -> plain(language).equals(plain(wanted)))).orElse(true))
			.filter(entry -> words.isEmpty() || words.stream().allMatch(haystack(entry)::contains))
			.map(entry -> new Listing(entry, entry.checkedAt().isBefore(due), search.near()
				.flatMap(near -> entry.point().map(point -> OptionalDouble.of(near.kilometresTo(point))))
				.orElse(OptionalDouble.empty())));
		if (search.near().isPresent()) {
			return found.filter(listing -> listing.kilometres().isPresent()
					&& listing.kilometres().getAsDouble() <= search.withinKm())
				.sorted(Comparator.comparingDouble(listing -> listing.kilometres().getAsDouble()))
				.toList();
		}
		return found.sorted(Comparator.comparing(listing -> plain(listing.entry().name()))).toList();
	}

	public Optional<Listing> find(CommunityId community, EntryId id) {
		Instant due = reviewDue();
		return entries.find(community, id)
			.map(entry -> new Listing(entry, entry.checkedAt().isBefore(due), OptionalDouble.empty()));
	}

	/** The languages the community's entries work in, as typed, in alphabetical order. */
	public List<String> languages(CommunityId community) {
		return entries.of(community).stream().flatMap(entry -> entry.languages().stream())
			.collect(java.util.stream.Collectors.toMap(Directory::plain, language -> language, (a, b) -> a))
			.values().stream().sorted(Comparator.comparing(Directory::plain)).toList();
	}

	/** What the community lacks, oldest first. Public. */
	public List<Gap> gaps(CommunityId community) {
		return gaps.of(community);
	}

	/** A champion adds an entry, checked now; empty when not a champion or when the input has problems. */
	@Transactional
	public Optional<EntryId> add(CommunityId community, AccountId actor, EntryInput input) {
		if (!champion(community, actor) || !input.problems().isEmpty()) {
			return Optional.empty();
		}
		Entry entry = input.toEntry(new EntryId(UUID.randomUUID()), clock.instant());
		entries.add(community, List.of(entry), clock.instant());
		return Optional.of(entry.id());
	}

	/** A champion rewrites an entry, which counts as checking it; false when not allowed, not found or not valid. */
	@Transactional
	public boolean change(CommunityId community, AccountId actor, EntryId id, EntryInput input) {
		return champion(community, actor) && input.problems().isEmpty()
				&& entries.change(community, input.toEntry(id, clock.instant()), clock.instant());
	}

	/** A champion says an entry is still right as it is. */
	@Transactional
	public boolean markChecked(CommunityId community, AccountId actor, EntryId id) {
		return champion(community, actor) && entries.markChecked(community, id, clock.instant());
	}

	@Transactional
	public boolean remove(CommunityId community, AccountId actor, EntryId id) {
		return champion(community, actor) && entries.remove(community, id);
	}

	/** A champion records a gap; empty when not a champion or the note is empty or too long. */
	@Transactional
	public Optional<GapId> recordGap(CommunityId community, AccountId actor, Category category, String note) {
		String clean = note == null ? "" : note.strip();
		if (!champion(community, actor) || clean.isEmpty() || clean.length() > Gap.NOTE_MAX) {
			return Optional.empty();
		}
		return Optional.of(gaps.add(community, category, clean, actor, clock.instant()));
	}

	@Transactional
	public boolean removeGap(CommunityId community, AccountId actor, GapId id) {
		return champion(community, actor) && gaps.remove(community, id);
	}

	/** The whole map as CSV, for a champion; formulas are neutralized. Empty for anyone else. */
	public Optional<String> export(CommunityId community, AccountId actor) {
		return champion(community, actor) ? Optional.of(EntriesCsv.write(entries.of(community))) : Optional.empty();
	}

	/**
	 * A champion adds every row of a CSV file, in one transaction: when any row is wrong, nothing is added and every
	 * wrong row is reported by its line.
	 */
	@Transactional
	public ImportResult importCsv(CommunityId community, AccountId actor, byte[] csv) {
		if (!champion(community, actor)) {
			return new ImportResult(0, List.of(new RowProblem(0, "", "directory.import.not-allowed")));
		}
		Instant now = clock.instant();
		var read = EntriesCsv.read(csv, now);
		if (!read.problems().isEmpty()) {
			return new ImportResult(0, read.problems());
		}
		entries.add(community, read.entries(), now);
		return new ImportResult(read.entries().size(), List.of());
	}

	public int count(CommunityId community) {
		return entries.count(community);
	}

	private boolean champion(CommunityId community, AccountId actor) {
		return actor != null && communities.isChampion(actor, community);
	}

	private Instant reviewDue() {
		return clock.instant().atZone(ZoneOffset.UTC).minusMonths(REVIEW_AFTER_MONTHS).toInstant();
	}

	private static String haystack(Entry entry) {
		return plain(String.join(" ", entry.name(), entry.descriptionEn(), entry.descriptionFr(), entry.address(),
				entry.hours(), entry.accessibility()));
	}

	/** Lower case without accents, so that "epicerie" finds "Épicerie". */
	static String plain(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}
}
