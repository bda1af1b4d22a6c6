package org.wraparound.platform;

import java.util.Optional;

/**
 * Turns the name a signed-in principal carries (a stable account id) into the name we greet them with. Implemented
 * by the module that owns accounts, so that the platform depends on none.
 */
public interface DisplayNames {

	Optional<String> displayNameOf(String principalName);
}
