package org.wraparound.volunteers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;

/**
 * The application to volunteer as its writer sees it: started for one community, saved at every step so
 * that nothing is lost when they leave halfway, then sent. Also gives matching the approved volunteers.
 */
@Service
public class Volunteering {

	private final Applications applications;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Volunteering(Applications applications, ApplicationEventPublisher events, Clock clock) {
		this.applications = applications;
		this.events = events;
		this.clock = clock;
	}

	/** The person's application to this community, starting a draft when they have none. */
	@Transactional
	public Application start(CommunityId community, AccountId account) {
		applications.startDraft(UUID.randomUUID(), community, account, clock.instant());
		return applications.find(community, account).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<Application> application(CommunityId community, AccountId account) {
		return applications.find(community, account);
	}

	/** Every application the person started, the latest first. */
	@Transactional(readOnly = true)
	public List<Application> applicationsOf(AccountId account) {
		return applications.ofAccount(account);
	}

	/**
	 * Saves a step's answers (checked by the caller) into the draft; the next step becomes the one after it unless
	 * the writer had gone further already. False when there is no draft to save into.
	 */
	@Transactional
	public boolean saveStep(CommunityId community, AccountId account, Step step, Answers answers) {
		return applications.find(community, account).filter(draft -> draft.status() == VolunteerStatus.DRAFT)
			.map(draft -> applications.saveDraft(draft.id(), answers, Math.max(draft.nextStep(), step.ordinal() + 1),
					clock.instant()))
			.orElse(false);
	}

	/** Sends a draft whose every step is done; {@link VolunteerApplied} tells the champions. */
	@Transactional
	public boolean send(CommunityId community, AccountId account) {
		var draft = applications.find(community, account).filter(Application::readyToSend);
		if (draft.isEmpty() || !applications.send(draft.get().id(), clock.instant())) {
			return false;
		}
		events.publishEvent(new VolunteerApplied(community, account, clock.instant()));
		return true;
	}

	/**
	 * A cheap, indexed question for matching: a number that changes whenever the community's approved volunteers
	 * change (one is approved, or one's profile changes). Every node reads the same answer from the database.
	 */
	@Transactional(readOnly = true)
	public long approvedVersion(CommunityId community) {
		return applications.approvedVersion(community);
	}

	/** The community's approved volunteers whose check is still valid today, as matching needs them. */
	@Transactional(readOnly = true)
	public List<VolunteerProfile> approvedVolunteers(CommunityId community) {
		LocalDate today = LocalDate.now(clock);
		return applications.approvedIn(community).stream()
			.filter(volunteer -> volunteer.checklist().checkValid(today) && volunteer.answers().latitude() != null)
			.map(Volunteering::profile).toList();
	}

	private static VolunteerProfile profile(Application volunteer) {
		Answers answers = volunteer.answers();
		return new VolunteerProfile(volunteer.account(), volunteer.community(), answers.latitude(),
				answers.longitude(), answers.travelKm() == null ? 0 : answers.travelKm(), answers.languages(),
				answers.kinds(), answers.drives(), answers.drives() && answers.wheelchairVehicle(),
				answers.availability(), answers.away(), answers.weeklyLimit() == null ? 1 : answers.weeklyLimit(),
				Interests.of(answers.interests()));
	}
}
