package org.wraparound.communities;

/** What an invited person sees before they accept to co-champion a community. */
public record ChampionInvitationPreview(String communityName, String inviterName, String note) {
}
