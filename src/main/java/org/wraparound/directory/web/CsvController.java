package org.wraparound.directory.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.directory.Directory;
import org.wraparound.directory.ImportResult;
import org.wraparound.directory.RowProblem;

/**
 * A community's asset map as a CSV file, out and in, for its champions. The server accepts uploads far larger than
 * a CSV may be (see {@code spring.servlet.multipart.*}), so that an oversized file still reaches this page, which says
 * so beside the form instead of losing it.
 */
@Controller
class CsvController {

	/** The largest CSV file we read. */
	static final long MAX_BYTES = 2L * 1024 * 1024;

	private final Directory directory;
	private final DirectoryAccess access;

	CsvController(Directory directory, DirectoryAccess access) {
		this.directory = directory;
		this.access = access;
	}

	@GetMapping("/communities/{slug}/directory/export.csv")
	ResponseEntity<byte[]> export(@PathVariable String slug, Principal principal) {
		CommunitySummary community = access.championed(slug, principal);
		String csv = directory.export(community.id(), DirectoryAccess.me(principal))
			.orElseThrow(DirectoryAccess::notFound);
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("asset-map-" + community.slug() + ".csv").build()
						.toString())
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/communities/{slug}/directory/import")
	String form(@PathVariable String slug, Principal principal, Model model) {
		return page(access.championed(slug, principal), List.of(), model);
	}

	@PostMapping("/communities/{slug}/directory/import")
	String upload(@PathVariable String slug, @RequestParam(name = "file", required = false) MultipartFile file,
			Principal principal, Model model, RedirectAttributes redirect) throws IOException {
		CommunitySummary community = access.championed(slug, principal);
		if (file == null || file.isEmpty()) {
			return page(community, List.of(new RowProblem(0, "", "directory.import.no-file")), model);
		}
		if (file.getSize() > MAX_BYTES) {
			return page(community, List.of(new RowProblem(0, "", "directory.import.too-large")), model);
		}
		ImportResult result = directory.importCsv(community.id(), DirectoryAccess.me(principal), file.getBytes());
		if (!result.succeeded()) {
			return page(community, result.problems(), model);
		}
		redirect.addFlashAttribute("notice", "directory.import.done");
		return "redirect:/communities/" + community.slug() + "/directory";
	}

	private static String page(CommunitySummary community, List<RowProblem> problems, Model model) {
		model.addAttribute("community", community);
		model.addAttribute("problems", problems);
		return "directory/import";
	}
}
