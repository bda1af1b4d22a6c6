package org.wraparound.communities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTests {

	@ParameterizedTest
	@CsvSource({ "Maple Grove Compassionate Community, maple-grove-compassionate-community",
			"Cœur de Québec, coeur-de-quebec", "'  --Hello,   World!--  ', hello-world", "'🌷🌷', community",
			"Saint-Jean-sur-Richelieu, saint-jean-sur-richelieu" })
	void namesBecomeReadableAddresses(String name, String slug) {
		assertThat(Slugs.of(name)).isEqualTo(slug);
	}

	@Test
	void anyNameGivesAShortSafeAddress() {
		Random random = new Random(20261126);
		for (int i = 0; i < 2_000; i++) {
			StringBuilder name = new StringBuilder();
			int length = random.nextInt(200);
			for (int c = 0; c < length; c++) {
				name.appendCodePoint(random.nextInt(4) == 0 ? 32 + random.nextInt(95) : random.nextInt(0x2FFFF));
			}
			String slug = Slugs.of(name.toString());
			assertThat(slug).matches("[a-z0-9]+(-[a-z0-9]+)*").hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH);
		}
	}
}
