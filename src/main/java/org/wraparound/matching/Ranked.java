package org.wraparound.matching;

import java.util.List;

import org.wraparound.accounts.AccountId;

/** A volunteer who passed every hard filter, with their score, distance and the reasons a coordinator sees. */
record Ranked(AccountId account, double score, double km, List<Reason> reasons) {
}
