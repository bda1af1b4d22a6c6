package org.wraparound.toolkit.templates;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a test reads in a PDF, with PDFBox: its text, its pages' shape, and whether it is tagged. */
public record Pdf(String text, int pages, float width, float height, boolean tagged, String language, String title,
		String subject, boolean fontsEmbedded) {

	public static Pdf read(byte[] bytes) {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			var catalog = document.getDocumentCatalog();
			var box = document.getPage(0).getMediaBox();
			boolean tagged = catalog.getStructureTreeRoot() != null && catalog.getMarkInfo() != null
					&& catalog.getMarkInfo().isMarked();
			// Lines joined, so that a phrase the layout wrapped is still found whole.
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			boolean embedded = true;
			for (var page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					embedded &= page.getResources().getFont(name).isEmbedded();
				}
			}
			return new Pdf(text, document.getNumberOfPages(), box.getWidth(), box.getHeight(), tagged,
					catalog.getLanguage(), document.getDocumentInformation().getTitle(),
					document.getDocumentInformation().getSubject(), embedded);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Not a PDF", e);
		}
	}
}
