package org.wraparound.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.wraparound.communities.CommunityId;
import org.wraparound.helping.HelpKind;

/**
 * An in-memory spatial index of one community's volunteers, so that ranking one request touches only those who
 * could reach it. Volunteers are grouped in bands of travel radius (up to 2 km, up to 4 km, …) and, within a band,
 * in cells of a latitude–longitude grid by where they live; the arrays are sorted band by band, row by row, so one
 * row of cells is one contiguous run. For a request, each band reads only the rows and columns within the band's
 * largest radius of the point. Cheap bit masks (part-days, languages, abilities) and a squared-chord test come
 * first; whoever is left goes through the same {@link HardFilters#passes} and {@link Score} as {@link FullScan}.
 * Immutable once built: a change of volunteers builds a new grid.
 */
final class CandidateGrid implements Ranker {

	private static final double KM_PER_DEGREE = Geo.EARTH_KM * Math.PI / 180;

	private static final double[] BAND_EDGES_KM = { 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 30, 40, 50, 75,
			100, 150, 250, 500, Double.MAX_VALUE };

	private static final int MAX_CELLS = 1 << 16;

	private static final int OTHER_LANGUAGE = 63;

	private static final int DRIVES = 1 << 30;

	private static final int WHEELCHAIR_VEHICLE = 1 << 29;

	private static final long OTHER = 1L << 63;

	/** Flags of a candidate whose arrays do not tell everything, so that their record must be read. */
	private static final byte CALENDAR = 1, HISTORY = 2, OTHER_INTEREST = 4;

	private final Candidate[] candidates;

	private final double[] x;

	private final double[] y;

	private final double[] z;

	private final double[] reach;

	private final int[] slots;

	private final long[] languages;

	private final int[] abilities;

	private final double[] travelKm;

	private final int[] recent;

	private final long[] interests;

	private final long[] accountHigh;

	private final long[] accountLow;

	private final byte[] flags;

	private final Map<String, Integer> languageBits = new TreeMap<>();

	private final Map<String, Integer> interestBits = new TreeMap<>();

	private final Set<CommunityId> communities = new HashSet<>();

	private final double[] bandReachKm = new double[BAND_EDGES_KM.length];

	private final int[] start;

	private final double minLatitude;

	private final double minLongitude;

	private final double cellLatitude;

	private final double cellLongitude;

	private final int rows;

	private final int cols;

	CandidateGrid(List<Candidate> volunteers, double cellKm) {
		int n = volunteers.size();
		double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
		TreeSet<String> allLanguages = new TreeSet<>();
		TreeSet<String> allInterests = new TreeSet<>();
		for (Candidate candidate : volunteers) {
			minLat = Math.min(minLat, candidate.latitude());
			maxLat = Math.max(maxLat, candidate.latitude());
			minLon = Math.min(minLon, candidate.longitude());
			maxLon = Math.max(maxLon, candidate.longitude());
			allLanguages.addAll(candidate.languages());
			allInterests.addAll(candidate.interests());
			communities.add(candidate.community());
		}
		for (String language : allLanguages) {
			languageBits.put(language, Math.min(languageBits.size(), OTHER_LANGUAGE));
		}
		for (String interest : allInterests) {
			interestBits.put(interest, Math.min(interestBits.size(), OTHER_LANGUAGE));
		}
		double cosMid = Math.max(0.01, Math.cos(Math.toRadians((minLat + maxLat) / 2)));
		double cell = cellKm;
		int r, c;
		do {
			r = n == 0 ? 1 : (int) ((maxLat - minLat) / (cell / KM_PER_DEGREE)) + 1;
			c = n == 0 ? 1 : (int) ((maxLon - minLon) / (cell / (KM_PER_DEGREE * cosMid))) + 1;
			cell *= 2;
		}
		while ((long) r * c > MAX_CELLS);
		cell /= 2;
		this.rows = r;
		this.cols = c;
		this.minLatitude = minLat;
		this.minLongitude = minLon;
		this.cellLatitude = cell / KM_PER_DEGREE;
		this.cellLongitude = cell / (KM_PER_DEGREE * cosMid);

		int[] keys = new int[n];
		this.start = new int[BAND_EDGES_KM.length * rows * cols + 1];
		for (int i = 0; i < n; i++) {
			Candidate candidate = volunteers.get(i);
			int band = band(candidate.travelKm());
			bandReachKm[band] = Math.max(bandReachKm[band], candidate.travelKm());
			keys[i] = (band * rows + row(candidate.latitude())) * cols + col(candidate.longitude());
			start[keys[i] + 1]++;
		}
		for (int k = 1; k < start.length; k++) {
			start[k] += start[k - 1];
		}
		this.candidates = new Candidate[n];
		this.x = new double[n];
		this.y = new double[n];
		this.z = new double[n];
		this.reach = new double[n];
		this.slots = new int[n];
		this.languages = new long[n];
		this.abilities = new int[n];
		this.travelKm = new double[n];
		this.recent = new int[n];
		this.interests = new long[n];
		this.accountHigh = new long[n];
		this.accountLow = new long[n];
		this.flags = new byte[n];
		int[] next = start.clone();
		for (int i = 0; i < n; i++) {
			Candidate candidate = volunteers.get(i);
			int at = next[keys[i]]++;
			candidates[at] = candidate;
			double[] unit = Geo.unit(candidate.latitude(), candidate.longitude());
			x[at] = unit[0];
			y[at] = unit[1];
			z[at] = unit[2];
			reach[at] = Geo.reachSquared(candidate.travelKm());
			for (Slot slot : candidate.availability()) {
				slots[at] |= slot.bit();
			}
			languages[at] = mask(languageBits, candidate.languages());
			abilities[at] = abilities(candidate);
			travelKm[at] = candidate.travelKm();
			recent[at] = candidate.recentCommitments();
			interests[at] = mask(interestBits, candidate.interests());
			accountHigh[at] = candidate.account().value().getMostSignificantBits();
			accountLow[at] = candidate.account().value().getLeastSignificantBits();
			flags[at] = (byte) ((candidate.away().isEmpty() && candidate.committedAt().isEmpty()
					&& candidate.weeklyLimit() > 0 ? 0 : CALENDAR)
					| (candidate.history().isEmpty() ? 0 : HISTORY)
					| ((interests[at] & OTHER) == 0 ? 0 : OTHER_INTEREST));
		}
	}

	CandidateGrid(List<Candidate> volunteers) {
		this(volunteers, 2);
	}

	@Override
	public List<Ranked> rank(MatchRequest request, int limit) {
		RequestFacts facts = RequestFacts.of(request);
		TopRanks top = new TopRanks(request, limit);
		long language = mask(languageBits, request.languages());
		if (candidates.length == 0 || !facts.withinPartDays() || language == 0
				|| !communities.contains(request.community())) {
			return top.best();
		}
		Ask ask = new Ask(facts, top, language);
		for (int band = 0; band < BAND_EDGES_KM.length; band++) {
			if (bandReachKm[band] == 0) {
				continue;
			}
			double angle = bandReachKm[band] / Geo.EARTH_KM;
			double latitudeSpan = Math.toDegrees(angle) * (1 + 1e-9) + 1e-9;
			double south = request.latitude() - latitudeSpan;
			double north = request.latitude() + latitudeSpan;
			int firstCol = 0;
			int lastCol = cols - 1;
			double cosLatitude = Math.cos(Math.toRadians(request.latitude()));
			if (north < 90 && south > -90 && Math.sin(angle) < cosLatitude) {
				double longitudeSpan = Math.toDegrees(Math.asin(Math.sin(angle) / cosLatitude)) * (1 + 1e-9) + 1e-9;
				if (request.longitude() - longitudeSpan >= -180 && request.longitude() + longitudeSpan <= 180) {
					firstCol = col(request.longitude() - longitudeSpan);
					lastCol = col(request.longitude() + longitudeSpan);
				}
			}
			for (int row = row(south); row <= row(north); row++) {
				int base = (band * rows + row) * cols;
				scan(ask, start[base + firstCol], start[base + lastCol + 1]);
			}
		}
		return top.best();
	}

	/** One request's masks and preferences, worked out once. */
	private final class Ask {

		final RequestFacts facts;

		final TopRanks top;

		final long language;

		final int slot;

		final int ability;

		final long preferredLanguage;

		final long sharedInterests;

		final boolean mixedCommunities;

		final long[][] askedFor;

		Ask(RequestFacts facts, TopRanks top, long language) {
			MatchRequest request = facts.request();
			this.facts = facts;
			this.top = top;
			this.language = language;
			this.slot = facts.slotMask();
			this.ability = (1 << request.kind().ordinal()) | (request.kind() == HelpKind.RIDE ? DRIVES : 0)
					| (request.needsWheelchairVehicle() ? WHEELCHAIR_VEHICLE : 0);
			this.preferredLanguage = request.preferences().language().map(code -> mask(languageBits, Set.of(code)))
				.orElse(0L);
			this.sharedInterests = mask(interestBits, request.preferences().interests());
			this.mixedCommunities = communities.size() > 1;
			this.askedFor = request.preferences().helpers().stream()
				.map(helper -> new long[] { helper.value().getMostSignificantBits(),
						helper.value().getLeastSignificantBits() })
				.toArray(long[][]::new);
		}
	}

	/** Candidates {@code from} (included) {@code to} (excluded), masks first, their records only when needed. */
	private void scan(Ask ask, int from, int to) {
		double[] point = ask.facts.point();
		for (int i = from; i < to; i++) {
			if ((slots[i] & ask.slot) != ask.slot || (languages[i] & ask.language) == 0
					|| (abilities[i] & ask.ability) != ask.ability) {
				continue;
			}
			double chordSquared = Geo.chordSquared(point[0], point[1], point[2], x[i], y[i], z[i]);
			if (chordSquared > reach[i]) {
				continue;
			}
			double km = Geo.km(chordSquared);
			if (!HardFilters.withinReach(travelKm[i], km)) {
				continue;
			}
			Candidate candidate = candidates[i];
			if (ask.mixedCommunities && !candidate.community().equals(ask.facts.request().community())
					|| (languages[i] & ask.language) == OTHER && !HardFilters.speaksWith(candidate, ask.facts.request())
					|| (flags[i] & CALENDAR) != 0 && !HardFilters.freeThen(candidate, ask.facts)) {
				continue;
			}
			ask.top.offer(candidate, km, score(ask, i, km));
		}
	}

	private double score(Ask ask, int i, double km) {
		MatchRequest request = ask.facts.request();
		if ((flags[i] & OTHER_INTEREST) != 0 || (ask.sharedInterests & OTHER) != 0
				|| (ask.preferredLanguage & OTHER) != 0) {
			return Score.of(candidates[i], request, km);
		}
		boolean askedFor = false;
		for (long[] helper : ask.askedFor) {
			askedFor |= helper[0] == accountHigh[i] && helper[1] == accountLow[i];
		}
		Continuity before = (flags[i] & HISTORY) == 0 ? Continuity.NONE : candidates[i].with(request.person());
		return Score.of(km, before, askedFor, (languages[i] & ask.preferredLanguage) != 0, recent[i],
				Long.bitCount(interests[i] & ask.sharedInterests));
	}

	int size() {
		return candidates.length;
	}

	/** Bytes held by the index itself (its arrays), not counting the candidates it points to. */
	long footprintBytes() {
		long n = candidates.length;
		return n * (5 * 8 + 4 + 8 + 4 + 4 + 8 + 8 + 8 + 4 + 1) + 4L * start.length;
	}

	private static int band(double travelKm) {
		int band = 0;
		while (travelKm > BAND_EDGES_KM[band]) {
			band++;
		}
		return band;
	}

	private int row(double latitude) {
		return (int) Math.max(0, Math.min(rows - 1, Math.floor((latitude - minLatitude) / cellLatitude)));
	}

	private int col(double longitude) {
		return (int) Math.max(0, Math.min(cols - 1, Math.floor((longitude - minLongitude) / cellLongitude)));
	}

	private static long mask(Map<String, Integer> bits, Iterable<String> codes) {
		long mask = 0;
		for (String code : codes) {
			Integer bit = bits.get(code);
			mask |= bit == null ? 0 : 1L << bit;
		}
		return mask;
	}

	private static int abilities(Candidate candidate) {
		int mask = (candidate.drives() ? DRIVES : 0) | (candidate.wheelchairVehicle() ? WHEELCHAIR_VEHICLE : 0);
		for (HelpKind kind : candidate.kinds()) {
			mask |= 1 << kind.ordinal();
		}
		return mask;
	}
}
