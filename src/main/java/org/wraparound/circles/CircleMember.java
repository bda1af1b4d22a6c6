package org.wraparound.circles;

import org.wraparound.accounts.AccountId;

/** Someone in a circle, with the name they go by. */
public record CircleMember(AccountId account, String name, CircleRole role) {
}
