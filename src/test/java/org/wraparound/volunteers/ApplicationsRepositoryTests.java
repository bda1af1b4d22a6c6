package org.wraparound.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.DatabaseTest;
import org.wraparound.accounts.AccountId;
import org.wraparound.circles.SupportDomain;
import org.wraparound.communities.CommunityId;
import org.wraparound.helping.HelpKind;

/** Applications and hours as stored, on H2 and PostgreSQL. */
@DatabaseTest
class ApplicationsRepositoryTests {

	static final Instant NOW = Instant.parse("2031-03-02T15:00:00Z");

	@Autowired
	Applications applications;

	@Autowired
	Hours hours;

	@Test
	void aDraftKeepsEveryAnswerAndIsStartedOnce() {
		var community = new CommunityId(UUID.randomUUID());
		var account = new AccountId(UUID.randomUUID());
		assertThat(applications.startDraft(UUID.randomUUID(), community, account, NOW)).isTrue();
		assertThat(applications.startDraft(UUID.randomUUID(), community, account, NOW)).isFalse();
		UUID id = applications.find(community, account).orElseThrow().id();
		var answers = new Answers("Because.", Set.of(HelpKind.MEAL, HelpKind.RIDE), Set.of(SupportDomain.SOCIAL),
				"Cooking", Set.of("en", "fr", "spanish"), "gardening", UUID.randomUUID(), 45.42, -75.69, 12, true, true,
				3, true, Set.of(new AvailabilitySlot(DayOfWeek.MONDAY, PartOfDay.EVENING),
						new AvailabilitySlot(DayOfWeek.SUNDAY, PartOfDay.MORNING)),
				List.of(new DateRange(LocalDate.of(2031, 7, 1), LocalDate.of(2031, 7, 3))), 4,
				new Reference("Ann", "613-555-0101"), new Reference("Bob", "bob@example.ca"));
		assertThat(applications.saveDraft(id, answers, Step.values().length, NOW)).isTrue();
		Application saved = applications.find(id).orElseThrow();
		assertThat(saved.answers()).isEqualTo(answers);
		assertThat(saved.readyToSend()).isTrue();
		assertThat(saved.checklist()).isEqualTo(Checklist.EMPTY);

		assertThat(applications.send(id, NOW)).isTrue();
		assertThat(applications.send(id, NOW)).as("sent once").isFalse();
		assertThat(applications.saveDraft(id, Answers.EMPTY, 0, NOW)).as("no longer a draft").isFalse();
		assertThat(applications.find(id).orElseThrow().answers()).isEqualTo(answers);
		assertThat(applications.sentTo(community)).extracting(Application::id).containsExactly(id);

		var checklist = new Checklist(LocalDate.of(2031, 3, 1), true, true, CheckStatus.CLEAR,
				LocalDate.of(2031, 2, 1), LocalDate.of(2034, 2, 1), true, true);
		assertThat(applications.saveChecklist(id, checklist, NOW)).isTrue();
		assertThat(applications.find(id).orElseThrow().checklist()).isEqualTo(checklist);
		assertThat(applications.decide(id, VolunteerStatus.APPROVED, null, NOW)).isTrue();
		assertThat(applications.decide(id, VolunteerStatus.DECLINED, "late", NOW)).as("decided once").isFalse();
		assertThat(applications.approvedIn(community)).extracting(Application::id).containsExactly(id);
	}

	@Test
	void hoursAreProposedOncePerRequestAndApprovedOnce() {
		var community = new CommunityId(UUID.randomUUID());
		var account = new AccountId(UUID.randomUUID());
		applications.startDraft(UUID.randomUUID(), community, account, NOW);
		UUID volunteer = applications.find(community, account).orElseThrow().id();
		UUID request = UUID.randomUUID();
		assertThat(hours.proposeOnce(volunteer, request, HelpKind.VISIT, LocalDate.of(2031, 3, 1), 60, NOW)).isTrue();
		assertThat(hours.proposeOnce(volunteer, request, HelpKind.VISIT, LocalDate.of(2031, 3, 1), 60, NOW)).isFalse();
		hours.add(volunteer, "Flyers", LocalDate.of(2031, 3, 2), 30, NOW);
		assertThat(hours.proposedIn(community.value())).hasSize(2);
		UUID entry = hours.of(volunteer).get(0).id();
		var champion = new AccountId(UUID.randomUUID());
		assertThat(hours.approve(UUID.randomUUID(), entry, 45, champion, NOW)).as("another community").isFalse();
		assertThat(hours.approve(community.value(), entry, 45, champion, NOW)).isTrue();
		assertThat(hours.approve(community.value(), entry, 50, champion, NOW)).isFalse();
		assertThat(hours.find(entry).orElseThrow().minutes()).isEqualTo(45);
		assertThat(hours.proposedIn(community.value())).hasSize(1);
	}
}
