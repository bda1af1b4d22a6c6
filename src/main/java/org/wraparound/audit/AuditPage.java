package org.wraparound.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One page of entries, newest first, with where the older and the newer pages start. Pages are found by position
 * rather than by number, so that entries written while someone reads do not shift what they see.
 *
 * @param entries the entries, newest first
 * @param older the position to read older entries from, when there are some
 * @param newer the position to read newer entries from, when there are some
 */
public record AuditPage(List<AuditEntry> entries, Optional<Position> older, Optional<Position> newer) {

	/** An entry's place in the log: its time, then its id to tell apart entries of the same microsecond. */
	public record Position(Instant at, UUID id) {

		/** The position as text for a link, such as {@code 1764151200123456_<uuid>}. */
		public String token() {
			long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
			return micros + "_" + id;
		}

		/** The position a link carried; empty when the text is not one. */
		public static Optional<Position> parse(String token) {
			if (token == null || token.length() > 60) {
				return Optional.empty();
			}
			int separator = token.indexOf('_');
			try {
				long micros = Long.parseLong(token.substring(0, Math.max(separator, 0)));
				UUID id = UUID.fromString(token.substring(separator + 1));
				Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
						Math.floorMod(micros, 1_000_000L) * 1_000L);
				return Optional.of(new Position(at, id));
			}
			catch (RuntimeException notAPosition) {
				return Optional.empty();
			}
		}
	}
}
