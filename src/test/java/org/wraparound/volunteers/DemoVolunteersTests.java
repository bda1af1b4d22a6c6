package org.wraparound.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;

/** The demo volunteers are there in every state, and loading again adds nothing. */
@WraparoundTest
class DemoVolunteersTests {

	@Autowired
	DemoVolunteers demo;

	@Autowired
	VolunteerScreening screening;

	@Autowired
	Volunteering volunteering;

	@Autowired
	CommunityManagement communities;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Clock clock;

	@Test
	void thirtyVolunteersInEveryState() throws Exception {
		var maple = communities.findBySlug(Applicants.COMMUNITY).orElseThrow();
		var claire = accounts.findByEmail("champion@wraparound.example").orElseThrow().id();
		List<Application> demoOnes = screening.applicants(maple.id(), claire).orElseThrow().stream()
			.filter(application -> accounts.find(application.account()).orElseThrow().email()
				.startsWith("demo.volunteer"))
			.toList();
		assertThat(demoOnes).hasSize(30);
		assertThat(demoOnes).extracting(Application::status).contains(VolunteerStatus.APPLIED,
				VolunteerStatus.IN_SCREENING, VolunteerStatus.APPROVED);
		LocalDate today = LocalDate.now(clock);
		assertThat(demoOnes).filteredOn(application -> application.checkExpiring(today)).isNotEmpty();
		assertThat(demoOnes).extracting(application -> application.answers().neighbourhood()).doesNotContainNull()
			.hasSizeGreaterThan(1);
		var demoAccounts = demoOnes.stream().map(Application::account).toList();
		var profiles = volunteering.approvedVolunteers(maple.id()).stream()
			.filter(profile -> demoAccounts.contains(profile.account())).toList();
		assertThat(profiles).isNotEmpty();
		assertThat(profiles).filteredOn(VolunteerProfile::drives).isNotEmpty();
		assertThat(profiles).filteredOn(VolunteerProfile::wheelchairVehicle).hasSize(1);
		assertThat(profiles).filteredOn(profile -> profile.languages().contains("fr")).isNotEmpty();

		demo.run(null);
		assertThat(screening.applicants(maple.id(), claire).orElseThrow()).filteredOn(application -> accounts
			.find(application.account()).orElseThrow().email().startsWith("demo.volunteer")).hasSize(30);
	}
}
