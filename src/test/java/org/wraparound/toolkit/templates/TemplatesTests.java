package org.wraparound.toolkit.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wraparound.Demo;
import org.wraparound.HtmlChecker;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.communities.StartCommunity;

/**
 * A champion fills in a template and downloads its PDF, in English or French, over real HTTP; the values are kept
 * for next time; bad input gets a message beside the field; other people's communities do not exist for them.
 */
@WraparoundTest
class TemplatesTests {

	static final String CHAMPION = "champion@wraparound.example";

	@LocalServerPort
	int port;

	@Autowired
	CommunityManagement communities;

	@Autowired
	AccountManagement accounts;

	@Test
	void theVolunteerRolePdfHasWhatWasTypedInEnglishAndInFrench() {
		CommunitySummary community = newCommunity("Cedar Hollow");
		Visitor claire = Demo.signedIn(port, CHAMPION);
		String path = "/toolkit/" + community.slug() + "/templates/volunteer-role";
		claire.get(path);
		var saved = claire.post(path, volunteerRole(community.name(), "Friendly visitor", "en"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.location()).endsWith(path);

		Pdf english = pdf(claire, path + "/pdf");
		assertThat(english.text()).contains(community.name(), "Friendly visitor", "Visit someone at home",
				"Two hours a week", "Claire Dubois", "555-0199", "What we ask of every volunteer");
		assertThat(english.language()).isEqualTo("en");
		assertThat(english.title()).isEqualTo("Volunteer role description · " + community.name());

		claire.get(path);
		claire.post(path, volunteerRole(community.name(), "Visites amicales", "fr"));
		Pdf french = pdf(claire, path + "/pdf");
		assertThat(french.text()).contains(community.name(), "Visites amicales", "Visit someone at home",
				"Ce que nous demandons à chaque bénévole", "Description d’un rôle bénévole");
		assertThat(french.language()).isEqualTo("fr");
		assertThat(french.tagged()).isTrue();
	}

	@Test
	void theFormStartsFromTheCommunityAndThenFromWhatWasSaved() {
		CommunitySummary community = newCommunity("Birch Lake");
		Visitor claire = Demo.signedIn(port, CHAMPION);
		String path = "/toolkit/" + community.slug() + "/templates/press-release";
		String first = claire.get(path).body();
		assertThat(first).contains("value=\"" + community.name() + "\"", "value=\"Riverbend County\"",
				"value=\"Claire Dubois\"").doesNotContain("Download the PDF");

		Map<String, String> form = new LinkedHashMap<>();
		form.put("communityName", community.name());
		form.put("region", "");
		form.put("headline", "Neighbours unite");
		form.put("quote", "Nobody should be alone.\nNot here.");
		form.put("spokesperson", "Claire Dubois, champion");
		form.put("language", "fr");
		claire.post(path, form);

		Visitor later = Demo.signedIn(port, CHAMPION);
		String again = later.get(path).body();
		assertThat(again).contains("value=\"Neighbours unite\"", "Nobody should be alone.\nNot here.</textarea>",
				"value=\"Claire Dubois, champion\"", "Download the PDF (French)")
			.doesNotContain("value=\"Riverbend County\"");
		assertThat(again).containsPattern("id=\"language-fr\"[^>]*checked");
		Pdf pdf = pdf(later, path + "/pdf");
		assertThat(pdf.text()).contains("Pour diffusion immédiate", "Neighbours unite",
				"« Nobody should be alone. Not here. », a déclaré Claire Dubois, champion", "Statistique Canada");
		assertThat(pdf(later, path + "/pdf?language=en").text()).contains("For immediate release");
	}

	@Test
	void typedMarkupComesOutAsText() {
		CommunitySummary community = newCommunity("Willow Bend");
		Visitor claire = Demo.signedIn(port, CHAMPION);
		String path = "/toolkit/" + community.slug() + "/templates/volunteer-role";
		claire.get(path);
		var saved = claire.post(path, volunteerRole("<script>alert(1)</script> & <b>Co</b>", "<i>Driver</i>", "en"));
		assertThat(saved.status()).isEqualTo(302);

		String page = claire.get(path).body();
		assertThat(page).contains("value=\"&lt;script>alert(1)&lt;/script> &amp; &lt;b>Co&lt;/b>\"")
			.doesNotContain("<script>alert");
		Pdf pdf = pdf(claire, path + "/pdf");
		assertThat(pdf.text()).contains("<script>alert(1)</script> & <b>Co</b>", "<i>Driver</i>");
	}

	@Test
	void anOverLongFieldGetsAMessageBesideItAndEverythingTypedComesBack() {
		CommunitySummary community = newCommunity("Aspen Falls");
		Visitor claire = Demo.signedIn(port, CHAMPION);
		String path = "/toolkit/" + community.slug() + "/templates/volunteer-role";
		claire.get(path);
		Map<String, String> form = volunteerRole(community.name(), "x".repeat(151), "de");
		var page = claire.post(path, form);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"roleTitle-error\"", "150 characters or fewer",
				"id=\"language-error\"", "Please choose English or French.", "Two hours a week",
				"Visit someone at home once a week\nPhone a caregiver</textarea>")
			.doesNotContain("id=\"tasks-error\"");
		assertThat(HtmlChecker.errors(page.body())).isEmpty();
		assertThat(claire.download(path + "/pdf").status()).isEqualTo(200);
		assertThat(claire.get(path).body()).as("nothing was saved").doesNotContain("Two hours a week");
	}

	@Test
	void anotherCommunitysTemplatesAndUnknownTemplatesDoNotExist() {
		var founder = accounts.findByEmail("volunteer@wraparound.example").orElseThrow().id();
		CommunitySummary theirs = communities.start(new StartCommunity("Elsewhere " + UUID.randomUUID(), "Far away",
				ZoneId.of("America/Toronto"), founder));
		Visitor claire = Demo.signedIn(port, CHAMPION);
		for (String path : new String[] { "/toolkit/" + theirs.slug() + "/templates",
				"/toolkit/" + theirs.slug() + "/templates/volunteer-role",
				"/toolkit/" + theirs.slug() + "/templates/volunteer-role/pdf",
				"/toolkit/" + theirs.slug() + "/templates/slides/pdf",
				"/toolkit/maple-grove-compassionate-community/templates/no-such-template",
				"/toolkit/no-such-community/templates" }) {
			assertThat(claire.get(path).status()).as(path).isEqualTo(404);
		}
		claire.get("/toolkit/maple-grove-compassionate-community/templates");
		assertThat(claire.post("/toolkit/" + theirs.slug() + "/templates/volunteer-role",
				volunteerRole("Mine now", "Thief", "en")).status()).isEqualTo(404);

		Visitor member = Demo.signedIn(port, "member@wraparound.example");
		assertThat(member.get("/toolkit/maple-grove-compassionate-community/templates").status()).isEqualTo(404);
		Visitor staff = Demo.signedIn(port, "staff@wraparound.example");
		assertThat(staff.get("/toolkit/" + theirs.slug() + "/templates/volunteer-role").status()).isEqualTo(200);
		assertThat(new Visitor(port).get("/toolkit/maple-grove-compassionate-community/templates").status())
			.as("signed out: to the sign-in page").isEqualTo(302);
	}

	@Test
	void theSlidesAreLandscapeWithTheCommunitysNameAndTheirSources() {
		Visitor claire = Demo.signedIn(port, CHAMPION);
		String path = "/toolkit/maple-grove-compassionate-community/templates/slides/pdf";
		var download = claire.download(path + "?language=en");
		assertThat(download.header("Content-Type")).hasValue("application/pdf");
		assertThat(download.header("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("slides-maple-grove-compassionate-community.pdf");
		Pdf english = Pdf.read(download.body());
		assertThat(english.width()).isGreaterThan(english.height());
		assertThat(english.pages()).isEqualTo(9);
		assertThat(english.tagged()).isTrue();
		assertThat(english.text()).contains("Maple Grove Compassionate Community", "Why a Compassionate Community",
				"70–80%", "Source: Keefe and colleagues", "Source: Statistics Canada",
				"Source: Canadian Institute for Health Information", "British Journal of General Practice, 2018");

		Pdf french = pdf(claire, path + "?language=fr");
		assertThat(french.text()).contains("Maple Grove Compassionate Community",
				"Pourquoi une communauté compatissante", "70 à 80 %", "Source : ");
		assertThat(french.language()).isEqualTo("fr");
		assertThat(pdf(claire, path + "?language=zz").language()).as("an unknown language: the page's").isEqualTo("en");
	}

	@ParameterizedTest
	@EnumSource(FillInTemplate.class)
	void everyTemplateMakesAPdfInBothLanguagesEvenWithBlanksLeftEmpty(FillInTemplate template) {
		CommunitySummary community = communities.findBySlug("maple-grove-compassionate-community").orElseThrow();
		Visitor staff = Demo.signedIn(port, "staff@wraparound.example");
		String path = "/toolkit/" + community.slug() + "/templates/" + template.key();
		for (String language : new String[] { "en", "fr" }) {
			Pdf pdf = pdf(staff, path + "/pdf?language=" + language);
			assertThat(pdf.tagged()).isTrue();
			assertThat(pdf.fontsEmbedded()).isTrue();
			assertThat(pdf.subject()).as("a description, which PDF/UA asks for").isNotBlank();
			assertThat(pdf.language()).isEqualTo(language);
			assertThat(pdf.width()).isLessThan(pdf.height());
			assertThat(pdf.title()).endsWith(community.name());
			assertThat(pdf.text()).as("%s in %s", template, language).contains(community.name());
			if (template == FillInTemplate.RECRUITMENT_POSTER) {
				assertThat(pdf.pages()).as("a poster is one sheet").isEqualTo(1);
			}
		}
	}

	@Test
	void theTemplatePagesAreValidHtmlInBothLanguages() {
		Visitor claire = Demo.signedIn(port, CHAMPION);
		String base = "/toolkit/maple-grove-compassionate-community/templates";
		for (String language : new String[] { "en", "fr" }) {
			claire.speaking(language);
			for (String path : new String[] { base, base + "/slides", base + "/volunteer-role",
					base + "/action-plan", base + "/stakeholder-agenda" }) {
				var page = claire.get(path);
				assertThat(page.status()).as(path).isEqualTo(200);
				assertThat(HtmlChecker.errors(page.body())).as("%s in %s", path, language).isEmpty();
			}
		}
	}

	private CommunitySummary newCommunity(String name) {
		var claire = accounts.findByEmail(CHAMPION).orElseThrow().id();
		return communities.start(new StartCommunity(name + " " + UUID.randomUUID().toString().substring(0, 8),
				"Riverbend County", ZoneId.of("America/Toronto"), claire));
	}

	private static Map<String, String> volunteerRole(String community, String role, String language) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("communityName", community);
		form.put("roleTitle", role);
		form.put("tasks", "Visit someone at home once a week\r\nPhone a caregiver");
		form.put("timeNeeded", "Two hours a week");
		form.put("skills", "Patience");
		form.put("training", "");
		form.put("contactName", "Claire Dubois");
		form.put("contactDetails", "1-800-555-0199");
		form.put("language", language);
		return form;
	}

	private static Pdf pdf(Visitor visitor, String path) {
		var download = visitor.download(path);
		assertThat(download.status()).as(path).isEqualTo(200);
		assertThat(download.header("Content-Type")).hasValue("application/pdf");
		return Pdf.read(download.body());
	}
}
