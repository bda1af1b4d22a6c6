package org.wraparound.audit.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import org.wraparound.audit.Actor;
import org.wraparound.audit.AuditEntry;
import org.wraparound.audit.AuditPage;
import org.wraparound.audit.AuditTrail;
import org.wraparound.audit.RecordRef;
import org.wraparound.platform.DisplayNames;

/**
 * Staff read the audit log: newest first, a hundred entries a page, filtered by person, by record and by days, and
 * download the same as CSV. The security rules keep {@code /staff/**} to staff and administrators.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 100;
	static final int CSV_LIMIT = 100_000;
	static final String PATH = "/staff/audit";

	private final AuditTrail trail;
	private final DisplayNames displayNames;

	AuditController(AuditTrail trail, DisplayNames displayNames) {
		this.trail = trail;
		this.displayNames = displayNames;
	}

	@GetMapping(PATH)
	String log(@Valid @ModelAttribute("form") AuditFilterForm form, BindingResult errors, Model model) {
		form.checkDates(errors);
		model.addAttribute("errors", errors);
		if (errors.hasErrors()) {
			model.addAttribute("result", AuditResult.refused());
			return "audit/log";
		}
		AuditPage page = AuditPage.Position.parse(form.after())
			.map(position -> trail.newerThan(form.toFilter(), position, PAGE_SIZE))
			.or(() -> AuditPage.Position.parse(form.before())
				.map(position -> trail.olderThan(form.toFilter(), position, PAGE_SIZE)))
			.orElseGet(() -> trail.newest(form.toFilter(), PAGE_SIZE));
		Names names = new Names();
		model.addAttribute("result",
				new AuditResult(page.entries().stream().map(entry -> row(entry, names)).toList(),
						page.newer().map(position -> href(PATH, form, "after", position.token())).orElse(null),
						page.older().map(position -> href(PATH, form, "before", position.token())).orElse(null),
						href(PATH + ".csv", form, null, null), form.fromInstant().orElse(null),
						form.untilInstant().orElse(null)));
		return "audit/log";
	}

	@GetMapping(PATH + ".csv")
	void csv(@Valid AuditFilterForm form, BindingResult errors, HttpServletResponse response) throws IOException {
		form.checkDates(errors);
		if (errors.hasErrors()) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		response.setContentType("text/csv");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
		PrintWriter out = response.getWriter();
		out.print(AuditCsv.HEADER + "\r\n");
		Names names = new Names();
		trail.export(form.toFilter(), CSV_LIMIT, entry -> AuditCsv.row(out, entry, names.of(entry.actor())));
		out.flush();
	}

	private AuditRow row(AuditEntry entry, Names names) {
		Actor actor = entry.actor();
		RecordRef record = entry.record();
		String recordHref = record.module() == null ? null
				: UriComponentsBuilder.fromPath(PATH).queryParam("module", record.module())
					.queryParamIfPresent("type", Optional.ofNullable(record.type()))
					.queryParamIfPresent("id", Optional.ofNullable(record.id())).encode().build().toUriString();
		String whoHref = UriComponentsBuilder.fromPath(PATH).queryParam("actor", actor.id()).encode().build()
			.toUriString();
		return new AuditRow(entry, actor.isAnonymous() ? null : names.of(actor), whoHref, recordHref);
	}

	/** This page's address with the form's filters, and one paging position when given. */
	private static String href(String path, AuditFilterForm form, String positionName, String position) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		Map.of("actor", form.actor(), "module", form.module(), "type", form.type(), "id", form.id(), "from",
				form.from(), "to", form.to())
			.entrySet().stream().filter(filter -> !filter.getValue().isEmpty()).sorted(Map.Entry.comparingByKey())
			.forEach(filter -> uri.queryParam(filter.getKey(), filter.getValue()));
		if (positionName != null) {
			uri.queryParam(positionName, position);
		}
		return uri.encode().build().toUriString();
	}

	/** Display names looked up once per person for one page or one export. */
	private final class Names {

		private final Map<String, String> known = new HashMap<>();

		String of(Actor actor) {
			if (actor.isAnonymous()) {
				return "";
			}
			return known.computeIfAbsent(actor.id(), id -> displayNames.displayNameOf(id).orElse(id));
		}
	}
}
