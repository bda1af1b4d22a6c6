package org.wraparound.site;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.wraparound.stories.StoryManagement;

import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import gg.jte.springframework.boot.autoconfigure.ServletJteAutoConfiguration;

/** The public pages, rendered through the real templates (without the jte configuration a slice renders nothing). */
@WebMvcTest({ HomeController.class, NextStepsController.class })
@ImportAutoConfiguration({ JteAutoConfiguration.class, ServletJteAutoConfiguration.class })
@AutoConfigureMockMvc(addFilters = false)
class SiteControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	StoryManagement stories;

	@MockitoBean
	QuickFacts facts;

	@Autowired
	org.springframework.context.MessageSource messages;

	@org.junit.jupiter.api.BeforeEach
	void shippedFacts() {
		org.mockito.Mockito.when(facts.all()).thenReturn(FactsSeed.shipped(messages));
	}

	@Test
	void theHomePageExplainsAndShowsEveryFactWithItsSource() throws Exception {
		mvc.perform(get("/")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("What is a Compassionate Community?"),
					containsString("70 to 80%"), containsString("Statistics Canada’s 2007 General Social Survey"),
					containsString("British Journal of General Practice, 2018"),
					containsString("href=\"tel:+18005550199\""), containsString("hello@wraparound.example"),
					containsString("Monday to Friday, 9:00 a.m. to 4:30 p.m. Eastern"),
					containsString("href=\"/join/volunteer\""), containsString("href=\"/join/start-a-community\""),
					containsString("href=\"/join/ask-for-help\""))));
	}

	@Test
	void theHomePageInFrench() throws Exception {
		mvc.perform(get("/").header("Accept-Language", "fr-CA")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"fr\""),
					containsString("Qu’est-ce qu’une communauté compatissante?"), containsString("70 à 80 %"),
					containsString("hreflang=\"en\""))));
	}

	@Test
	void eachCallToActionLeadsToAPageThatSaysWhatComesNext() throws Exception {
		mvc.perform(get("/join/volunteer")).andExpect(status().isOk())
			.andExpect(content().string(containsString("What happens next")));
		mvc.perform(get("/join/start-a-community")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Start a Compassionate Community")));
		mvc.perform(get("/join/ask-for-help")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Asking for help is not a weakness")));
		mvc.perform(get("/join/anything-else")).andExpect(status().isNotFound());
	}

	@Test
	void theLanguageSwitchKeepsThePageAndItsOtherParameters() throws Exception {
		mvc.perform(get("/join/volunteer?ref=poster&lang=fr"))
			.andExpect(content().string(allOf(containsString("<html lang=\"fr\""),
					containsString("href=\"/join/volunteer?ref=poster&amp;lang=en\""))));
	}
}
