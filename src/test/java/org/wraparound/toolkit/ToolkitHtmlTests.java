package org.wraparound.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wraparound.Demo;
import org.wraparound.HtmlChecker;
import org.wraparound.WraparoundTest;

/** Every toolkit page is valid HTML, in both languages, for the champion and for staff. */
@WraparoundTest
class ToolkitHtmlTests {

	@LocalServerPort
	int port;

	@Test
	void championPagesAreValid() {
		for (String language : new String[] { "en", "fr" }) {
			var claire = Demo.signedIn(port, "champion@wraparound.example");
			for (String path : new String[] { "/toolkit", "/toolkit/maple-grove-compassionate-community",
					"/toolkit/maple-grove-compassionate-community/steps/why",
					"/toolkit/maple-grove-compassionate-community/steps/stakeholder-meeting" }) {
				var page = claire.get(path + "?lang=" + language);
				assertThat(page.status()).as(path).isEqualTo(200);
				assertThat(HtmlChecker.errors(page.body())).as("%s in %s", path, language).isEmpty();
			}
		}
	}

	@Test
	void staffPagesAreValid() {
		for (String language : new String[] { "en", "fr" }) {
			var jordan = Demo.signedIn(port, "staff@wraparound.example");
			for (String path : new String[] { "/staff/toolkit", "/staff/toolkit/steps/why/en",
					"/staff/toolkit/steps/why/fr", "/staff/toolkit/steps/why/history", "/staff/toolkit/steps/why/items",
					"/toolkit/maple-grove-compassionate-community" }) {
				var page = jordan.get(path + "?lang=" + language);
				assertThat(page.status()).as(path).isEqualTo(200);
				assertThat(HtmlChecker.errors(page.body())).as("%s in %s", path, language).isEmpty();
			}
		}
	}
}
