package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;

/** Support staff name a new champion for a community and find the change in the audit log. */
class StaffJourneyTests extends JourneyTest {

	@Autowired
	CommunityManagement communities;

	@Autowired
	AccountManagement accounts;

	@Test
	void grantsTheChampionRoleAndSeesItInTheAuditLog() {
		signIn("staff@wraparound.example", "wraparound-demo");

		clickAndCheck(browser.findElement(By.linkText("Staff desk")));
		clickAndCheck(browser.findElement(By.linkText("Community champions")));
		browser.findElement(By.id("champion-email-maple-grove-compassionate-community"))
			.sendKeys("volunteer@wraparound.example");
		clickAndCheck(browser.findElement(
				By.xpath("//button[normalize-space()='Add a champion to Maple Grove Compassionate Community']")));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("The champion is added.");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Sam Okafor");

		var community = communities.findBySlug("maple-grove-compassionate-community").orElseThrow();
		var sam = accounts.findByEmail("volunteer@wraparound.example").orElseThrow();
		assertThat(communities.isChampion(sam.id(), community.id())).isTrue();

		open("/staff/audit?module=communities&type=community&id=" + community.id());
		assertThat(browser.findElement(By.cssSelector("table tbody")).getText())
			.contains("Jordan Lee", "champion added: " + sam.id());

		clickAndCheck(browser.findElement(By.linkText("Staff desk")));
		clickAndCheck(browser.findElement(By.linkText("Community champions")));
		clickAndCheck(browser.findElement(By.xpath("//button[normalize-space()='Remove Sam Okafor as champion']")));
		assertThat(communities.isChampion(sam.id(), community.id())).isFalse();
	}
}
