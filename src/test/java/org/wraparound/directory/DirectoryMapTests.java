package org.wraparound.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.validation.DirectFieldBindingResult;
import org.wraparound.HtmlChecker;
import org.wraparound.WraparoundTest;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.directory.web.SearchForm;
import org.wraparound.platform.ContactDetails;
import org.wraparound.platform.Language;
import org.wraparound.platform.MapSettings;
import org.wraparound.platform.Messages;
import org.wraparound.platform.Page;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * With a tile server set, the list page also draws the map: Leaflet and our script from our own origin, the tile
 * server and the entries in data- attributes (nothing inline), and the same entries in the list. Without one, no
 * map. The page is rendered directly, since the shared test application runs without tiles.
 */
@WraparoundTest
class DirectoryMapTests {

	@Autowired
	TemplateEngine templates;

	@Autowired
	MessageSource messages;

	@Autowired
	ContactDetails contact;

	@Autowired
	Directory directory;

	@Autowired
	CommunityManagement communities;

	@Test
	void aTileServerTurnsTheMapOnBesideTheSameList() {
		String withMap = render(new MapSettings("https://{s}.tiles.example/{z}/{x}/{y}.png", "&copy; Tiles"));
		assertThat(withMap).contains("id=\"directory-map\"", "data-tile-url=\"https://{s}.tiles.example/{z}/{x}/{y}.png\"",
				"src=\"/webjars/leaflet/dist/leaflet.js\"", "src=\"/js/directory-map.js\"",
				"href=\"/webjars/leaflet/dist/leaflet.css\"", "data-lat=\"44.", "Cedar Park Grief Circle")
			.doesNotContain("<script>", "style=\"");
		assertThat(HtmlChecker.errors(withMap)).isEmpty();

		String without = render(new MapSettings("", ""));
		assertThat(without).doesNotContain("directory-map\"", "leaflet").contains("Cedar Park Grief Circle");
	}

	private String render(MapSettings map) {
		var community = communities.findBySlug("maple-grove-compassionate-community").orElseThrow();
		SearchForm search = new SearchForm("", "", "", "", "");
		Map<String, Object> model = new HashMap<>();
		model.put("page", new Page(Locale.ENGLISH, new Messages(messages, Locale.ENGLISH), "_csrf", "token",
				"X-CSRF-TOKEN", "/communities/" + community.slug() + "/directory", Optional.empty(), false,
				Optional.empty(), contact));
		model.put("community", community);
		model.put("search", search);
		model.put("errors", new DirectFieldBindingResult(search, "search"));
		model.put("listings", directory.search(community.id(), Search.all()));
		model.put("categories", List.of(Category.values()));
		model.put("languages", directory.languages(community.id()));
		model.put("neighbourhoods", communities.neighbourhoods(community.id()));
		model.put("gaps", directory.gaps(community.id()));
		model.put("champion", false);
		model.put("map", map);
		model.put("reader", Language.EN);
		StringOutput html = new StringOutput();
		templates.render("directory/list.jte", model, html);
		return html.toString();
	}
}
