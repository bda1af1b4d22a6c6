package org.wraparound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.wraparound.toolkit.templates.Pdf;

/**
 * The demo champion opens the community's templates, fills in the volunteer role description in French, and
 * downloads the PDF; the slides page is there too. The PDF is fetched with the browser's own session, the way the
 * download link fetches it.
 */
class ChampionTemplatesJourneyTests extends JourneyTest {

	@Test
	void theChampionFillsTheVolunteerRoleTemplateAndDownloadsThePdf() throws Exception {
		signIn("champion@wraparound.example", "wraparound-demo");

		open("/toolkit/maple-grove-compassionate-community/templates");
		assertThat(heading()).isEqualTo("Templates and slides for Maple Grove Compassionate Community");
		clickAndCheck(browser.findElement(By.partialLinkText("Volunteer role description")));
		assertThat(heading()).isEqualTo("Volunteer role description");
		assertThat(browser.findElement(By.name("communityName")).getAttribute("value"))
			.isEqualTo("Maple Grove Compassionate Community");

		String role = "Repas chauds " + UUID.randomUUID().toString().substring(0, 6);
		type("roleTitle", role);
		type("tasks", "Cuisiner un repas par semaine\nLe livrer encore chaud");
		type("timeNeeded", "Trois heures par semaine");
		browser.findElement(By.cssSelector("label[for='language-fr']")).click();
		clickAndCheck(browser.findElement(By.cssSelector("main button[type='submit']")));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Saved");

		var link = browser.findElement(By.partialLinkText("Download the PDF"));
		assertThat(link.getText()).contains("French");
		Pdf pdf = Pdf.read(downloadWithTheBrowsersSession(link.getAttribute("href")));
		assertThat(pdf.text()).contains("Description d’un rôle bénévole", role, "Maple Grove Compassionate Community",
				"Cuisiner un repas par semaine", "Le livrer encore chaud", "Trois heures par semaine", "Claire Dubois");
		assertThat(pdf.language()).isEqualTo("fr");
		assertThat(pdf.tagged()).isTrue();

		clickAndCheck(browser.findElement(By.linkText("All templates and slides")));
		clickAndCheck(browser.findElement(By.partialLinkText("Why a Compassionate Community")));
		assertThat(heading()).isEqualTo("Why a Compassionate Community");
	}

	private byte[] downloadWithTheBrowsersSession(String href) throws IOException, InterruptedException {
		String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
			.header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		return response.body();
	}
}
