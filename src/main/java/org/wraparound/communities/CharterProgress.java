package org.wraparound.communities;

import java.util.List;

/** A community's charter at a glance: per sector, how many actions are planned, under way and done. */
public record CharterProgress(List<Sector> sectors) {

	public record Sector(CharterSector sector, int planned, int underWay, int done) {

		public boolean reached() {
			return done > 0;
		}
	}

	/** How many sectors have at least one action done. */
	public long reached() {
		return sectors.stream().filter(Sector::reached).count();
	}
}
