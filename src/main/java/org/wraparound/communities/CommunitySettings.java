package org.wraparound.communities;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param invitationValidFor how long an emailed invitation to co-champion a community works */
@ConfigurationProperties("wraparound.communities")
record CommunitySettings(@DefaultValue("14d") Duration invitationValidFor) {
}
