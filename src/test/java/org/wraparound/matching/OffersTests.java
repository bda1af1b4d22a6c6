package org.wraparound.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.wraparound.Demo;
import org.wraparound.TestClock;
import org.wraparound.TestMail;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.CircleManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.helping.ChangeHelpRequest;
import org.wraparound.helping.HelpKind;
import org.wraparound.helping.HelpRequested;
import org.wraparound.helping.HelpRequests;
import org.wraparound.helping.PostHelpRequest;
import org.wraparound.helping.RequestChanges;
import org.wraparound.helping.RequestId;
import org.wraparound.platform.Messages;
import org.wraparound.volunteers.VolunteerScreening;
import org.wraparound.volunteers.Volunteering;

/**
 * Offers end to end on the running application: a request posted in Maggie's circle is offered to the best three
 * approved volunteers; the first to accept gets it and the second hears it is taken; a decline or an expiry offers it
 * to the next; someone it was not offered to, or an offer answered late, gets a plain answer; an event heard again
 * offers nothing twice.
 */
@WraparoundTest
class OffersTests {

	@Autowired
	Matching matching;

	@Autowired
	MatchingEvents listeners;

	@Autowired
	Offers offers;

	@Autowired
	HelpRequests help;

	@Autowired
	CircleManagement circles;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CommunityManagement communities;

	@Autowired
	Volunteering volunteering;

	@Autowired
	VolunteerScreening screening;

	@Autowired
	TestClock clock;

	@Autowired
	RequestChanges changes;

	@Autowired
	MessageSource messageSource;

	@Autowired
	Offering offering;

	@Value("${local.server.port}")
	int port;

	CircleId maggie;

	AccountId maria;

	ZoneId zone;

	@BeforeEach
	void volunteersAndMaggiesCircle() {
		OfferVolunteers.approved(8, accounts, communities, volunteering, screening, clock);
		maggie = CircleId.parse(Demo.circleOf(accounts, circles, "member@wraparound.example", "Maggie")).orElseThrow();
		maria = accounts.findByEmail("member@wraparound.example").orElseThrow().id();
		zone = help.zoneOf(maggie, maria).orElseThrow();
	}

	@Test
	void theFirstToAcceptGetsItAndTheSecondHearsItIsTaken() {
		RequestId id = visit(20, 14);
		List<AccountId> offered = openOffers(id, 3);
		AccountId first = offered.get(0);
		AccountId second = offered.get(1);
		String email = accounts.find(first).orElseThrow().email();
		assertThat(TestMail.awaitMailTo(email, 1)).anySatisfy(mail -> assertThat(TestMail.text(mail))
			.contains("Maggie").contains("Old Mill").doesNotContain("Willow Lane"));

		assertThat(matching.accept(id, first)).isEqualTo(AcceptResult.ACCEPTED);
		assertThat(matching.accept(id, second)).isEqualTo(AcceptResult.ALREADY_TAKEN);
		assertThat(matching.accept(id, first)).as("twice").isEqualTo(AcceptResult.ALREADY_YOURS);
		assertThat(help.find(id, first)).as("the volunteer now sees the request, address included")
			.hasValueSatisfying(found -> assertThat(found.request().address()).isPresent());
		assertThat(help.find(id, second)).as("the other still does not").isEmpty();
		assertThat(offers.ofRequest(id.value())).filteredOn(offer -> offer.status().equals(Offers.OPEN)).isEmpty();
		assertThat(matching.offersFor(second)).noneMatch(offer -> offer.request().equals(id));
	}

	@Test
	void aDeclineOffersItToTheNextInLine() {
		RequestId id = visit(21, 10);
		List<AccountId> offered = openOffers(id, 3);
		assertThat(matching.offersFor(offered.get(0))).anyMatch(offer -> offer.request().equals(id)
				&& offer.personName().equals("Maggie") && offer.neighbourhood().orElseThrow().equals("Old Mill"));

		assertThat(matching.decline(id, offered.get(0))).isEqualTo(AcceptResult.DECLINED);
		List<AccountId> now = openOffers(id, 3);
		assertThat(now).doesNotContain(offered.get(0)).contains(offered.get(1), offered.get(2));
		assertThat(matching.decline(id, offered.get(0))).isEqualTo(AcceptResult.ALREADY_ANSWERED);
		assertThat(matching.accept(id, offered.get(0))).isEqualTo(AcceptResult.ALREADY_ANSWERED);
	}

	@Test
	void anExpiredOfferGoesToTheNextInLineAndCannotBeAcceptedLate() {
		RequestId id = visit(22, 15);
		Set<AccountId> before = Set.copyOf(openOffers(id, 3));
		clock.advance(Duration.ofHours(25));
		assertThat(matching.expireDue()).isGreaterThanOrEqualTo(1);
		List<AccountId> after = openOffers(id, 3);
		assertThat(after).doesNotContainAnyElementsOf(before);
		assertThat(matching.accept(id, before.iterator().next())).isEqualTo(AcceptResult.EXPIRED);
		assertThat(matching.expireDue()).as("nothing is due twice").isZero();
	}

	@Test
	void someoneItWasNotOfferedToIsToldSoAndAPostNeverFails() {
		RequestId id = visit(23, 11);
		openOffers(id, 3);
		assertThat(matching.accept(id, maria)).isEqualTo(AcceptResult.NOT_OFFERED);
		assertThat(matching.decline(id, maria)).isEqualTo(AcceptResult.NOT_OFFERED);

		var sam = Demo.signedIn(port, "volunteer@wraparound.example");
		assertThat(sam.get("/matching/offers").status()).isEqualTo(200);
		for (String path : List.of("/matching/offers/" + id + "/accept", "/matching/offers/not-an-id/accept",
				"/matching/offers/" + UUID.randomUUID() + "/decline")) {
			var answer = sam.post(path, java.util.Map.of());
			assertThat(answer.status()).as(path).isEqualTo(302);
			assertThat(sam.get("/matching/offers").body()).contains("was not offered to you");
		}
	}

	@Test
	void anEventHeardAgainOffersNothingTwice() {
		RequestId id = visit(24, 16);
		List<AccountId> offered = openOffers(id, 3);
		var request = help.find(id, maria).orElseThrow().request();
		HelpRequested again = new HelpRequested(communities.findBySlug("maple-grove-compassionate-community")
			.orElseThrow().id(), maggie, id, HelpKind.VISIT, HelpKind.VISIT.domain(), request.startsAt(),
				request.endsAt(), clock.instant());
		listeners.on(again);
		listeners.on(again);
		assertThat(matching.offer(id)).isZero();
		assertThat(offers.ofRequest(id.value())).hasSize(3);
		assertThat(openOffers(id, 3)).containsExactlyInAnyOrderElementsOf(offered);
	}

	@Test
	void theCoordinatorSeesWhyAndCanOfferToTheVolunteerTheyChoose() {
		RequestId id = visit(25, 14);
		Set<AccountId> offered = Set.copyOf(openOffers(id, 3));
		List<RankedVolunteer> ranked = matching.ranked(id, maria, 10).orElseThrow();
		assertThat(ranked).hasSizeGreaterThan(3);
		RankedVolunteer chosen = ranked.stream().filter(one -> !offered.contains(one.account())).findFirst()
			.orElseThrow();
		assertThat(chosen.canOffer()).isTrue();
		assertThat(matching.offerTo(id, maria, chosen.account())).contains(OfferResult.OFFERED);
		assertThat(matching.offerTo(id, maria, chosen.account())).contains(OfferResult.ALREADY_OFFERED);
		assertThat(matching.offerTo(id, maria, maria)).contains(OfferResult.NOT_ELIGIBLE);
		AccountId helper = accounts.findByEmail("volunteer@wraparound.example").orElseThrow().id();
		assertThat(matching.ranked(id, helper, 10)).as("a helper of the circle is no coordinator").isEmpty();
		assertThat(matching.offerTo(id, helper, chosen.account())).isEmpty();

		var visitor = Demo.signedIn(port, "member@wraparound.example");
		String list = visitor.get("/matching/requests/" + id + "/ranked").body();
		// Maria reads French.
		assertThat(list).contains("Bénévoles qui pourraient aider").contains(" km · parle français")
			.contains("Proposée, en attente de réponse").contains("La proposer à");
		assertThat(Demo.signedIn(port, "volunteer@wraparound.example").get("/matching/requests/" + id + "/ranked")
			.status()).isEqualTo(404);
	}

	@Test
	void aRequestMovedIsOfferedAfreshForItsNewTime() {
		RequestId id = visit(26, 14);
		openOffers(id, 3);
		clock.advance(Duration.ofMinutes(5));
		Instant moved = clock.instant();
		Instant newStart = LocalDate.now(clock.withZone(zone)).plusDays(27).atTime(LocalTime.of(10, 0)).atZone(zone)
			.toInstant();
		assertThat(changes.change(new ChangeHelpRequest(id, maria, newStart, newStart.plus(Duration.ofHours(1)), 1,
				"A visit, a day later", "12 Willow Lane (made up)", null))).isTrue();

		await().atMost(Duration.ofSeconds(20)).until(() -> offers.ofRequest(id.value()).stream()
			.filter(offer -> offer.openAt(clock.instant()) && !offer.offeredAt().isBefore(moved)).count() == 3);
		assertThat(offers.ofRequest(id.value())).as("the offers naming the old time are gone")
			.allSatisfy(offer -> assertThat(offer.offeredAt()).isAfterOrEqualTo(moved));
		AccountId one = open(id).get(0);
		assertThat(matching.offersFor(one)).filteredOn(offer -> offer.request().equals(id))
			.singleElement().satisfies(offer -> assertThat(offer.startsAt()).isEqualTo(newStart));
		assertThat(matching.offer(id)).as("nothing more to offer").isZero();
	}

	@Test
	void aRequestCalledOffTellsThoseWhoCouldStillAnswerItsOffer() {
		RequestId id = visit(28, 11);
		Instant start = help.find(id, maria).orElseThrow().request().startsAt();
		List<AccountId> offered = openOffers(id, 3);

		assertThat(changes.cancel(id, maria, "Her daughter is visiting instead")).isTrue();

		for (AccountId volunteer : offered) {
			String text = TestMail.text(told(volunteer, "mail.offer-called-off.text", start));
			assertThat(text).as("the coordinator's note is for the circle's helpers").doesNotContain("daughter");
		}
		assertThat(open(id)).isEmpty();
	}

	@Test
	void thoseNotOfferedAMovedRequestsNewTimeAreToldTheirOfferIsClosed() {
		RequestId id = visit(29, 15);
		Instant start = help.find(id, maria).orElseThrow().request().startsAt();
		List<AccountId> ranked = openOffers(id, 3);
		// Sam is a member, not a screened volunteer: the ranking never offers him the new time.
		AccountId sam = accounts.findByEmail("volunteer@wraparound.example").orElseThrow().id();
		assertThat(offering.offerForDemo(id, sam)).isTrue();
		clock.advance(Duration.ofMinutes(5));
		Instant newStart = start.plus(Duration.ofDays(1));
		assertThat(changes.change(new ChangeHelpRequest(id, maria, newStart, newStart.plus(Duration.ofHours(1)), 1,
				"A visit, a day later", "12 Willow Lane (made up)", null))).isTrue();

		assertThat(TestMail.text(told(sam, "mail.offer-moved.text", start))).contains("did not offer you the new time");
		await().atMost(Duration.ofSeconds(20)).until(() -> open(id).containsAll(ranked));
		for (AccountId volunteer : ranked) {
			assertThat(TestMail.receivedBy(accounts.find(volunteer).orElseThrow().email()))
				.as("offered the new time instead")
				.noneMatch(mail -> TestMail.text(mail).contains(said(volunteer, "mail.offer-moved.text", start)));
		}
	}

	/** The mail {@code key} telling {@code volunteer} that the offer of the visit starting at {@code start} closed. */
	private jakarta.mail.internet.MimeMessage told(AccountId volunteer, String key, Instant start) {
		return TestMail.awaitMailTo(accounts.find(volunteer).orElseThrow().email(), said(volunteer, key, start));
	}

	/** The first sentence of the mail {@code key} as the volunteer reads it, about a visit with Maggie. */
	private String said(AccountId volunteer, String key, Instant start) {
		Locale locale = accounts.find(volunteer).orElseThrow().language().locale();
		var messages = new Messages(messageSource, locale);
		String text = messages.get(key, messages.get("helping.kind.VISIT").toLowerCase(locale), "Maggie",
				when(volunteer, start));
		return text.substring(0, text.indexOf('.') + 1);
	}

	private String when(AccountId volunteer, Instant at) {
		Locale locale = accounts.find(volunteer).orElseThrow().language().locale();
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
			.withZone(zone).format(at);
	}

	private RequestId visit(int daysAhead, int hour) {
		LocalDate day = LocalDate.now(clock.withZone(zone)).plusDays(daysAhead);
		Instant start = day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
		return help.post(new PostHelpRequest(maggie, maria, HelpKind.VISIT, start, start.plus(Duration.ofHours(1)), 1,
				"A visit " + UUID.randomUUID(), "12 Willow Lane (made up)", null, null)).orElseThrow();
	}

	/** Waits until the request has {@code count} open offers (the listener runs after the post commits). */
	private List<AccountId> openOffers(RequestId id, int count) {
		await().atMost(Duration.ofSeconds(20)).until(() -> open(id).size() == count);
		return open(id);
	}

	private List<AccountId> open(RequestId id) {
		Instant now = clock.instant();
		return offers.ofRequest(id.value()).stream().filter(offer -> offer.openAt(now)).map(Offers.OfferRow::volunteer)
			.collect(Collectors.toList());
	}
}
