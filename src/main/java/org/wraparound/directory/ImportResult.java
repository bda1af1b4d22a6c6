package org.wraparound.directory;

import java.util.List;

/**
 * What came of a CSV import: either every row was added, or nothing was and {@code problems} says why, row by row.
 */
public record ImportResult(int imported, List<RowProblem> problems) {

	public boolean succeeded() {
		return problems.isEmpty();
	}
}
