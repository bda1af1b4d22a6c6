package org.wraparound.impact;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.wraparound.circles.CircleClosed;
import org.wraparound.circles.CircleOpened;
import org.wraparound.circles.PersonDied;
import org.wraparound.circles.ReferralReceived;
import org.wraparound.communities.CharterActionDone;
import org.wraparound.helping.HelpCancelled;
import org.wraparound.helping.HelpCommitted;
import org.wraparound.helping.HelpCompleted;
import org.wraparound.helping.HelpRequested;
import org.wraparound.helping.HelpWithdrawn;
import org.wraparound.helping.ThanksSent;
import org.wraparound.stories.StoryPublished;
import org.wraparound.toolkit.SurveyAnswered;
import org.wraparound.volunteers.HoursLogged;
import org.wraparound.volunteers.VolunteerApplied;
import org.wraparound.volunteers.VolunteerApproved;

/**
 * Turns what the other modules announce into fact rows. Each event is written by its source record's id, so an
 * event heard twice (the registry redelivers what was not confirmed) changes nothing.
 */
@Component
class FactListeners {

	private final Facts facts;

	FactListeners(Facts facts) {
		this.facts = facts;
	}

	@ApplicationModuleListener
	void on(CircleOpened event) {
		facts.circleOpened(event.community().value(), event.circle().value(), event.at());
	}

	@ApplicationModuleListener
	void on(PersonDied event) {
		facts.personDied(event.community().value(), event.circle().value(), event.diedOn(), event.at());
	}

	@ApplicationModuleListener
	void on(CircleClosed event) {
		facts.circleClosed(event.community().value(), event.circle().value(), event.at());
	}

	@ApplicationModuleListener
	void on(ReferralReceived event) {
		facts.referralReceived(event.community().value(), event.referral().value(), event.source().name(),
				event.domains().stream().map(Enum::name).toList(), event.at());
	}

	@ApplicationModuleListener
	void on(HelpRequested event) {
		facts.requestPosted(event.community().value(), event.circle().value(), event.request().value(),
				event.kind().name(), event.domain().name(), event.at(), event.startsAt());
	}

	@ApplicationModuleListener
	void on(HelpCommitted event) {
		facts.committed(event.community().value(), event.circle().value(), event.request().value(),
				event.helper().value(), event.at());
	}

	@ApplicationModuleListener
	void on(HelpWithdrawn event) {
		facts.withdrawn(event.community().value(), event.request().value(), event.helper().value());
	}

	@ApplicationModuleListener
	void on(HelpCancelled event) {
		facts.requestCancelled(event.community().value(), event.request().value(), event.at());
	}

	@ApplicationModuleListener
	void on(HelpCompleted event) {
		facts.completed(event.community().value(), event.circle().value(), event.request().value(),
				event.helper().value(), event.at());
	}

	@ApplicationModuleListener
	void on(ThanksSent event) {
		facts.thanked(event.community().value(), event.circle().value(), event.request().value(),
				event.helper().value(), event.at());
	}

	@ApplicationModuleListener
	void on(VolunteerApplied event) {
		facts.volunteerApplied(event.community().value(), event.volunteer().value(), event.at());
	}

	@ApplicationModuleListener
	void on(VolunteerApproved event) {
		facts.volunteerApproved(event.community().value(), event.volunteer().value(), event.at());
	}

	@ApplicationModuleListener
	void on(HoursLogged event) {
		facts.hoursLogged(event.community().value(), event.entry(), event.volunteer().value(), event.workedOn(),
				event.minutes());
	}

	@ApplicationModuleListener
	void on(StoryPublished event) {
		facts.happened("story", event.community().value(), event.story().value(), event.publishedAt());
	}

	@ApplicationModuleListener
	void on(SurveyAnswered event) {
		facts.happened("survey", event.community().value(), event.response(), event.at());
	}

	@ApplicationModuleListener
	void on(CharterActionDone event) {
		facts.happened("charter", event.community().value(), event.action(), event.at());
	}
}
