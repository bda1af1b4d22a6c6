package org.wraparound.toolkit.templates;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.platform.Language;
import org.wraparound.platform.pdf.Pdfs;

/**
 * Fills in templates for a community: what to show in the form (what was saved last, or what the community already
 * says about itself), keeping what was typed, and making the PDFs, slides included.
 */
@Service
@Transactional(readOnly = true)
class FillInTemplates {

	static final String SLIDES_TEMPLATE = "toolkit/templates/pdf/slides";

	private final TemplateFills fills;
	private final Pdfs pdfs;
	private final MessageSource messages;
	private final Clock clock;

	FillInTemplates(TemplateFills fills, Pdfs pdfs, MessageSource messages, Clock clock) {
		this.fills = fills;
		this.pdfs = pdfs;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * What the form starts with: the values saved last, or, the first time, the community's name and region and
	 * the champion's name where the template asks for them.
	 */
	Filled current(CommunitySummary community, FillInTemplate template, String championName, Language fallback) {
		return fills.find(community.id(), template)
			.map(saved -> new Filled(saved.language(), saved.values(), true))
			.orElseGet(() -> new Filled(fallback, prefilled(community, template, championName), false));
	}

	@Transactional
	void save(CommunitySummary community, FillInTemplate template, Language language, TemplateValues values,
			AccountId by) {
		fills.save(community.id(), template, language, values, by, clock.instant());
	}

	/** The template's PDF with these values, in {@code language}. */
	byte[] pdf(CommunitySummary community, FillInTemplate template, TemplateValues values, Language language) {
		String name = values.has("communityName") ? values.get("communityName") : community.name();
		String title = text(language, "toolkit.templates." + template.key() + ".title") + " · " + name;
		return pdfs.render(template.pdfTemplate(), Map.of("values", values), language.locale(), title);
	}

	/** The "Why a Compassionate Community" slides, with the community's name, in {@code language}. */
	byte[] slides(CommunitySummary community, Language language) {
		String title = text(language, "toolkit.templates.slides.title") + " · " + community.name();
		return pdfs.render(SLIDES_TEMPLATE, Map.of("community", community),
				language.locale(), title);
	}

	private String text(Language language, String key) {
		return messages.getMessage(key, null, key, language.locale());
	}

	private static TemplateValues prefilled(CommunitySummary community, FillInTemplate template, String championName) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Field field : template.fields()) {
			values.put(field.name(), switch (field.from()) {
				case COMMUNITY_NAME -> community.name();
				case REGION -> community.region();
				case CHAMPION_NAME -> championName;
				case NOTHING -> "";
			});
		}
		return new TemplateValues(values);
	}

	/** A template's values, their language, and whether they were saved (rather than suggested). */
	record Filled(Language language, TemplateValues values, boolean saved) {
	}
}
