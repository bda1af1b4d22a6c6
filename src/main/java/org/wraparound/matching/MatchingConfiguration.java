package org.wraparound.matching;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ranking every node uses: one grid per community, rebuilt from the database when its version moves. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MatchingSettings.class)
class MatchingConfiguration {

	@Bean
	CommunityGrids communityGrids(DatabaseCandidates candidates) {
		return new CommunityGrids(candidates);
	}
}
