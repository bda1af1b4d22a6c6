package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.audit.Actor;
import org.wraparound.audit.AuditAction;
import org.wraparound.audit.AuditLog;
import org.wraparound.audit.RecordRef;

/** A staff member checks who looked at a person's record. */
class StaffAuditJourneyTests extends JourneyTest {

	@Autowired
	AuditLog log;

	@Test
	void findsWhoReadARecord() {
		String circle = UUID.randomUUID().toString();
		log.record(Actor.anonymous("journey@audit.example"), AuditAction.VIEWED,
				new RecordRef("circles", "circle", circle), "opened the care plan");

		signIn("staff@wraparound.example", "wraparound-demo");

		open("/staff/audit");
		assertThat(heading()).isEqualTo("Audit log");
		type("module", "circles");
		type("type", "circle");
		type("id", circle);
		clickAndCheck(browser.findElement(By.cssSelector("main form button[type='submit']")));

		var rows = browser.findElements(By.cssSelector("table tbody tr"));
		assertThat(rows).singleElement().satisfies(row -> assertThat(row.getText())
			.contains("Viewed", "journey@audit.example", "opened the care plan", circle));
	}
}
