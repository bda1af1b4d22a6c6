package org.wraparound.volunteers.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wraparound.volunteers.Application;
import org.wraparound.volunteers.VolunteerStatus;

/**
 * A community's applicants filed for the champions' list: applied, in screening, approved, declined, and approved
 * ones whose check expires soon in a group of their own (first, as they need doing).
 */
public record ApplicantGroups(Map<String, List<Application>> groups) {

	static final String EXPIRING = "CHECK_EXPIRING";

	static ApplicantGroups of(List<Application> applicants, LocalDate today) {
		Map<String, List<Application>> groups = new LinkedHashMap<>();
		groups.put(EXPIRING, new ArrayList<>());
		for (VolunteerStatus status : VolunteerStatus.values()) {
			if (status != VolunteerStatus.DRAFT) {
				groups.put(status.name(), new ArrayList<>());
			}
		}
		for (Application applicant : applicants) {
			groups.get(applicant.checkExpiring(today) ? EXPIRING : applicant.status().name()).add(applicant);
		}
		return new ApplicantGroups(groups);
	}
}
