package org.wraparound.matching;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.helping.Recipient;
import org.wraparound.helping.RequestId;
import org.wraparound.helping.RequestSummary;
import org.wraparound.platform.BaseUrl;

/**
 * Keeps each open request offered to the best few: when it is posted or still unfilled, when an offer is declined or
 * runs out, when a volunteer is approved. Offering one request happens under its row lock, and an offer is made once
 * per volunteer and request, so an event heard twice (or on two nodes) offers nothing twice.
 */
@Service
class Offering {

	private static final Logger log = LoggerFactory.getLogger(Offering.class);

	private final RequestsToMatch requests;
	private final Ranker ranker;
	private final Offers offers;
	private final AccountManagement accounts;
	private final ApplicationEventPublisher events;
	private final MatchingSettings settings;
	private final BaseUrl baseUrl;
	private final Clock clock;

	Offering(RequestsToMatch requests, Ranker ranker, Offers offers, AccountManagement accounts,
			ApplicationEventPublisher events, MatchingSettings settings, BaseUrl baseUrl, Clock clock) {
		this.requests = requests;
		this.ranker = ranker;
		this.offers = offers;
		this.accounts = accounts;
		this.events = events;
		this.settings = settings;
		this.baseUrl = baseUrl;
		this.clock = clock;
	}

	/** Offers the request to as many of the best volunteers as it takes to have the set number of open offers. */
	@Transactional
	public int topUp(RequestId id) {
		Optional<RequestSummary> found = requests.summary(id);
		if (found.isEmpty()) {
			return 0;
		}
		RequestSummary summary = found.get();
		Instant now = clock.instant();
		if (!summary.open() || !summary.startsAt().isAfter(now) || summary.stillNeeded() == 0) {
			offers.closeOpen(id.value(), summary.stillNeeded() == 0 ? Offers.TAKEN : Offers.CLOSED, now);
			return 0;
		}
		if (offers.openCount(id.value(), now) >= settings.offersPerRequest()) {
			// Nothing to add (the usual case when an event is heard again): no ranking, no reading of the circle.
			return 0;
		}
		Optional<RequestsToMatch.Prepared> prepared = requests.prepare(summary, "offering a request");
		if (prepared.isEmpty()) {
			log.info("Request {} has no known place, so it is not offered to volunteers", id);
			return 0;
		}
		offers.remember(row(prepared.get(), now));
		offers.lock(id.value());
		offers.expire(id.value(), now);
		List<Offers.OfferRow> before = offers.ofRequest(id.value());
		long open = before.stream().filter(offer -> offer.openAt(now)).count();
		int wanted = (int) (settings.offersPerRequest() - open);
		if (wanted <= 0) {
			return 0;
		}
		Set<AccountId> skip = before.stream().map(Offers.OfferRow::volunteer).collect(Collectors.toSet());
		skip.addAll(offers.offeredElsewhere(summary.community().value(), id.value(), summary.startsAt(),
				summary.endsAt(), now));
		int made = 0;
		for (Ranked ranked : OfferPicks.next(ranker.rank(prepared.get().request(), wanted + skip.size()), skip,
				wanted)) {
			if (offer(prepared.get(), ranked.account(), ranked.km(), null, now)) {
				made++;
			}
		}
		return made;
	}

	/** A coordinator's own pick from the ranked list. */
	@Transactional
	public OfferResult offerTo(RequestId id, AccountId volunteer, AccountId coordinator) {
		Instant now = clock.instant();
		Optional<RequestSummary> summary = requests.summary(id)
			.filter(found -> found.open() && found.startsAt().isAfter(now) && found.stillNeeded() > 0);
		Optional<RequestsToMatch.Prepared> prepared = summary
			.flatMap(found -> requests.prepare(found, "a coordinator offering a request"));
		if (prepared.isEmpty()) {
			return OfferResult.CLOSED;
		}
		offers.remember(row(prepared.get(), now));
		offers.lock(id.value());
		if (offers.find(id.value(), volunteer).isPresent()) {
			return OfferResult.ALREADY_OFFERED;
		}
		Optional<Ranked> eligible = ranker.rank(prepared.get().request(), Integer.MAX_VALUE).stream()
			.filter(ranked -> ranked.account().equals(volunteer)).findFirst();
		if (eligible.isEmpty()) {
			return OfferResult.NOT_ELIGIBLE;
		}
		return offer(prepared.get(), volunteer, eligible.get().km(), coordinator, now) ? OfferResult.OFFERED
				: OfferResult.ALREADY_OFFERED;
	}

	/**
	 * For the demo only: offers an open request to someone whatever the ranking says (the demo's own volunteer, who
	 * is a member rather than a screened volunteer). False when it is not open or was offered to them before.
	 */
	@Transactional
	public boolean offerForDemo(RequestId id, AccountId volunteer) {
		Instant now = clock.instant();
		return requests.summary(id).filter(found -> found.open() && found.startsAt().isAfter(now))
			.flatMap(found -> requests.prepare(found, "the demo's offers"))
			.filter(prepared -> {
				offers.remember(row(prepared, now));
				offers.lock(id.value());
				return offer(prepared, volunteer, 0, null, now);
			}).isPresent();
	}

	private boolean offer(RequestsToMatch.Prepared prepared, AccountId volunteer, double km, AccountId by,
			Instant now) {
		Optional<Recipient> to = accounts.find(volunteer)
			.map(found -> new Recipient(found.id(), found.displayName(), found.email(), found.language()));
		if (to.isEmpty()) {
			return false;
		}
		RequestSummary summary = prepared.summary();
		Instant expires = now.plus(settings.offerValidFor());
		if (expires.isAfter(summary.startsAt())) {
			expires = summary.startsAt();
		}
		UUID id = UUID.randomUUID();
		if (!offers.insert(new Offers.OfferRow(id, summary.id().value(), volunteer, Offers.OPEN, km, by, now, expires,
				null))) {
			return false;
		}
		events.publishEvent(new HelpOffered(id, summary.community(), summary.id(), summary.kind(),
				summary.startsAt(), summary.endsAt(), summary.zone(), prepared.personName(),
				prepared.neighbourhood(), to.get(), expires, baseUrl.link("/matching/offers"), now));
		return true;
	}

	private static Offers.RequestRow row(RequestsToMatch.Prepared prepared, Instant now) {
		RequestSummary summary = prepared.summary();
		return new Offers.RequestRow(summary.id().value(), summary.community().value(), summary.circle().value(),
				summary.kind(), summary.startsAt(), summary.endsAt(), prepared.personName(),
				prepared.neighbourhood().orElse(null), now);
	}
}
