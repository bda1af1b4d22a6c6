package org.wraparound.helping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.circles.CircleManagement;

@WraparoundTest
class DemoHelpTests {

	@Autowired
	DemoHelp demo;

	@Autowired
	HelpRequests help;

	@Autowired
	Requests requests;

	@Autowired
	CircleManagement circles;

	@Autowired
	AccountManagement accounts;

	@Test
	void margueritesCircleHasAWeekOfRequestsSomeFilledAndLoadingAgainAddsNothing() {
		var maria = accounts.findByEmail("member@wraparound.example").orElseThrow().id();
		var circle = circles.circlesOf(maria).stream().filter(c -> c.personName().equals("Maggie")).findFirst()
			.orElseThrow().id();
		var agenda = help.agenda(circle, maria, false).orElseThrow();
		assertThat(agenda.requests()).anyMatch(request -> request.stillNeeded() == 0)
			.anyMatch(request -> request.stillNeeded() > 0)
			.anyMatch(request -> request.helpers().stream().anyMatch(helper -> helper.name().startsWith("Sam")))
			.anyMatch(request -> request.repeating() && request.details().diet() != null
					&& request.helpers().stream().anyMatch(helper -> helper.name().startsWith("Sam")));
		long before = requests.countIn(circle.value());
		demo.run(null);
		assertThat(requests.countIn(circle.value())).isEqualTo(before);
	}
}
