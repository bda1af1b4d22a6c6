package org.wraparound.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wraparound.WraparoundTest;

@WraparoundTest
class SecurityHeadersTests {

	@Autowired
	MockMvc mvc;

	@Test
	void everyPageCarriesAStrictPolicy() throws Exception {
		mvc.perform(get("/")).andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("script-src 'self'"), containsString("frame-ancestors 'none'"),
							not(containsString("unsafe-inline")), not(containsString("unsafe-eval")))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	@Test
	void overHttpsBrowsersAreToldToStayOnHttps() throws Exception {
		mvc.perform(get("/").secure(true))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
	}

	@Test
	void onlyHealthAndInfoArePublicAmongTheActuatorEndpoints() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/actuator/info")).andExpect(status().isOk());
		mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/actuator/beans")).andExpect(status().is3xxRedirection());
	}
}
