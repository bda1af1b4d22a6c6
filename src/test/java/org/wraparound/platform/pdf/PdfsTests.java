package org.wraparound.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/**
 * The PDF library as later features use it: text comes out in the embedded font (openhtmltopdf drops text it has
 * no embeddable font for), the document is tagged and says its title and language, a landscape page is wider than
 * high, and nothing outside the document is ever fetched.
 */
class PdfsTests {

	private final Pdfs pdfs = new Pdfs(null, null);

	@Test
	void textComesOutInTheEmbeddedFontInATaggedDocument() throws IOException {
		byte[] pdf = pdfs.layOut(html("fr", "Rôle bénévole", "letter",
				"<h1>Rôle du bénévole à Érablière</h1><p>Visites « amicales » — l’après-midi</p>"));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Rôle du bénévole à Érablière",
					"Visites « amicales » — l’après-midi");
			var catalog = document.getDocumentCatalog();
			assertThat(catalog.getStructureTreeRoot()).isNotNull();
			assertThat(catalog.getMarkInfo().isMarked()).isTrue();
			assertThat(catalog.getLanguage()).isEqualTo("fr");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Rôle bénévole");
			String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(xmp).as("declared PDF/UA-1 and PDF/A-3a").contains("<pdfuaid:part>1</pdfuaid:part>",
					"<pdfaid:part>3</pdfaid:part>", "<pdfaid:conformance>A</pdfaid:conformance>");
			assertThat(catalog.getOutputIntents()).as("the colour profile PDF/A needs").isNotEmpty();
			assertThat(fonts(document)).isNotEmpty()
				.allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue())
				.allSatisfy(font -> assertThat(font.getName()).contains("DejaVuSans"));
			var page = document.getPage(0).getMediaBox();
			assertThat(page.getWidth()).isLessThan(page.getHeight());
		}
	}

	@Test
	void aLandscapePageIsWiderThanHigh() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdfs.layOut(html("en", "Slides", "letter landscape", "<h1>Hi</h1>")))) {
			var page = document.getPage(0).getMediaBox();
			assertThat(page.getWidth()).isGreaterThan(page.getHeight());
		}
	}

	@Test
	void nothingOutsideTheDocumentIsFetched() throws IOException {
		AtomicInteger requests = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		});
		server.start();
		try {
			String address = "http://127.0.0.1:" + server.getAddress().getPort();
			byte[] pdf = pdfs.layOut(html("en", "Fetch", "letter", "<link rel=\"stylesheet\" href=\"" + address
					+ "/style.css\"><p>Still here</p><img src=\"" + address + "/image.png\" alt=\"x\">"
					+ "<img src=\"file:///etc/hostname\" alt=\"y\">"));
			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertThat(new PDFTextStripper().getText(document)).contains("Still here");
			}
			assertThat(requests).hasValue(0);
		}
		finally {
			server.stop(0);
		}
	}

	private static String html(String lang, String title, String size, String body) {
		return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>" + title
				+ "</title><meta name=\"subject\" content=\"" + title + "\"><style>@page { size: " + size
				+ "; } body { font-family: '" + Pdfs.FONT_FAMILY + "'; }</style></head><body>" + body + "</body></html>";
	}

	private static List<PDFont> fonts(PDDocument document) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (var page : document.getPages()) {
			for (var name : page.getResources().getFontNames()) {
				fonts.add(page.getResources().getFont(name));
			}
		}
		return fonts;
	}
}
