package org.wraparound.communities;

import java.time.Instant;
import java.util.UUID;

/** A community finished an action of the charter (published once per action, when it is first marked done). */
public record CharterActionDone(CommunityId community, UUID action, CharterSector sector, Instant at) {
}
