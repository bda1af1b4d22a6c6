package org.wraparound.circles;

/** What is needed in one support domain, and how well it is covered. */
public record Need(SupportDomain domain, String notes, Coverage coverage) {
}
