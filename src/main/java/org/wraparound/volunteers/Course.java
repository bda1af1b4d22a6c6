package org.wraparound.volunteers;

import java.util.UUID;

import org.wraparound.communities.CommunityId;

/** A course a community offers its volunteers; a required one must be completed before approval. */
public record Course(UUID id, CommunityId community, String name, boolean required) {
}
