package org.wraparound.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.WraparoundTest;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.platform.Language;

/** The demo community is a few weeks into the path, and loading the demo again changes nothing. */
@WraparoundTest
class DemoToolkitTests {

	@Autowired
	DemoToolkit demo;

	@Autowired
	Toolkit toolkit;

	@Autowired
	CommunityManagement communities;

	@Test
	void claireCommunityHasProgressAndLoadingAgainAddsNothing() throws Exception {
		var community = communities.findBySlug(DemoToolkit.COMMUNITY).orElseThrow();
		var before = toolkit.progress(community, Language.EN);
		assertThat(before.steps()).filteredOn(StepProgress::done).extracting(StepProgress::key)
			.containsExactly("why", "readiness", "core-team");
		assertThat(before.step("stakeholder-meeting").orElseThrow().ticked()).isEqualTo(2);
		assertThat(before.overdue()).extracting(StepProgress::key).containsExactly("stakeholder-meeting");
		assertThat(before.step("why").orElseThrow().items().get(0).ticked().orElseThrow().by())
			.isEqualTo("Claire Dubois");
		demo.run(null);
		assertThat(toolkit.progress(community, Language.EN)).isEqualTo(before);
	}
}
