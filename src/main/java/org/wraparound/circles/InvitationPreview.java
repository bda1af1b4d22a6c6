package org.wraparound.circles;

/** What an invited person sees before they accept. */
public record InvitationPreview(String personName, String inviterName, CircleRole role) {
}
