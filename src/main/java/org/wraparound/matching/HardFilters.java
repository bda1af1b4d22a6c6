package org.wraparound.matching;

import java.time.LocalDate;
import java.time.ZoneId;

import org.wraparound.helping.HelpKind;

/**
 * The rules a volunteer must all pass to be offered a request. Pure functions of the candidate and the request; the
 * index and the scan both end with {@link #passes}, so they can never disagree on who is eligible.
 */
final class HardFilters {

	private HardFilters() {
	}

	/** Every hard filter, distance included ({@code km} from the candidate's home to the request). */
	static boolean passes(Candidate candidate, RequestFacts facts, double km) {
		MatchRequest request = facts.request();
		return candidate.community().equals(request.community()) && canDoKind(candidate, request)
				&& speaksWith(candidate, request) && withinReach(candidate, km) && freeThen(candidate, facts);
	}

	/** A ride needs a driver; a ride needing a wheelchair-accessible vehicle needs one. */
	static boolean canDoKind(Candidate candidate, MatchRequest request) {
		return candidate.kinds().contains(request.kind()) && (request.kind() != HelpKind.RIDE || candidate.drives())
				&& (!request.needsWheelchairVehicle() || candidate.wheelchairVehicle());
	}

	static boolean speaksWith(Candidate candidate, MatchRequest request) {
		for (String language : request.languages()) {
			if (candidate.languages().contains(language)) {
				return true;
			}
		}
		return false;
	}

	static boolean withinReach(Candidate candidate, double km) {
		return withinReach(candidate.travelKm(), km);
	}

	static boolean withinReach(double travelKm, double km) {
		return km <= travelKm;
	}

	/** Free then: on their grid, not away, not already committed at that time, under their weekly limit. */
	static boolean freeThen(Candidate candidate, RequestFacts facts) {
		return onTheirGrid(candidate, facts) && !away(candidate, facts) && !alreadyCommitted(candidate, facts)
				&& underWeeklyLimit(candidate, facts);
	}

	static boolean onTheirGrid(Candidate candidate, RequestFacts facts) {
		return facts.withinPartDays() && candidate.availability().containsAll(facts.slots());
	}

	static boolean away(Candidate candidate, RequestFacts facts) {
		for (DateRange range : candidate.away()) {
			for (LocalDate day : facts.days()) {
				if (range.contains(day)) {
					return true;
				}
			}
		}
		return false;
	}

	static boolean alreadyCommitted(Candidate candidate, RequestFacts facts) {
		MatchRequest request = facts.request();
		for (Busy busy : candidate.committedAt()) {
			if (busy.overlaps(request.startsAt(), request.endsAt())) {
				return true;
			}
		}
		return false;
	}

	/** Commitments starting in the request's ISO week (in the community's zone) stay under the weekly limit. */
	static boolean underWeeklyLimit(Candidate candidate, RequestFacts facts) {
		ZoneId zone = facts.request().zone();
		int thatWeek = 0;
		for (Busy busy : candidate.committedAt()) {
			if (RequestFacts.weekOf(busy.startsAt().atZone(zone)) == facts.week()) {
				thatWeek++;
			}
		}
		return thatWeek < candidate.weeklyLimit();
	}
}
