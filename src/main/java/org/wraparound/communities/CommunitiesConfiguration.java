package org.wraparound.communities;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommunitySettings.class)
class CommunitiesConfiguration {
}
