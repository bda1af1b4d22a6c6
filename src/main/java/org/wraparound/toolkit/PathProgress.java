package org.wraparound.toolkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.wraparound.communities.CommunitySummary;

/** Where a community is on the path: every step with its progress, in order, from the day it set out. */
public record PathProgress(CommunitySummary community, LocalDate started, List<StepProgress> steps) {

	/** The phases, in path order. */
	public List<String> phases() {
		return steps.stream().map(StepProgress::phase).distinct().toList();
	}

	public List<StepProgress> stepsIn(String phase) {
		return steps.stream().filter(step -> step.phase().equals(phase)).toList();
	}

	/** The first step not done yet, if any is left. */
	public Optional<StepProgress> next() {
		return steps.stream().filter(step -> !step.done()).findFirst();
	}

	public List<StepProgress> overdue() {
		return steps.stream().filter(StepProgress::overdue).toList();
	}

	public long done() {
		return steps.stream().filter(StepProgress::done).count();
	}

	public Optional<StepProgress> step(String key) {
		return steps.stream().filter(step -> step.key().equals(key)).findFirst();
	}
}
