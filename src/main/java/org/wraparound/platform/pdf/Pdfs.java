package org.wraparound.platform.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.wraparound.platform.Messages;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The one way Wraparound makes PDFs: one of our jte templates, rendered to HTML, laid out by openhtmltopdf. Every
 * PDF is tagged for screen readers (PDF/UA), declares PDF/A-3a for archiving, carries its title and language, and
 * embeds the DejaVu Sans font shipped in {@code fonts/} (openhtmltopdf writes no text at all without a font it can
 * embed). Nothing outside the template is ever fetched: no images, style sheets or fonts from addresses.
 * <p>
 * A template starts from {@code layout/pdf.jte} and receives {@code page} ({@link PdfPage}) and the model. Page size
 * and orientation are CSS, given to that layout: {@code letter}, {@code A4 landscape} and so on.
 */
@Component
public class Pdfs {

	/** The font family every PDF template writes in; its regular and bold faces are embedded. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	/** Laying out a PDF takes a core for a moment: a few at a time, so that pages stay quick for everyone else. */
	private static final int AT_ONCE = Math.max(1, Runtime.getRuntime().availableProcessors());

	static {
		XRLog.setLoggerImpl(new PdfLogging());
	}

	private final TemplateEngine templates;
	private final MessageSource messageSource;
	private final Semaphore slots = new Semaphore(AT_ONCE, true);
	private final byte[] regular = font("fonts/DejaVuSans.ttf");
	private final byte[] bold = font("fonts/DejaVuSans-Bold.ttf");
	private final byte[] colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	Pdfs(TemplateEngine templates, MessageSource messageSource) {
		this.templates = templates;
		this.messageSource = messageSource;
	}

	/**
	 * Renders {@code template} (a jte path without extension, such as {@code toolkit/templates/pdf/slides}) with
	 * {@code model} and {@code page}, in {@code locale}, titled {@code title}, and returns the PDF.
	 */
	public byte[] render(String template, Map<String, ?> model, Locale locale, String title) {
		Map<String, Object> params = new HashMap<>(model);
		params.put("page", new PdfPage(locale, new Messages(messageSource, locale), title));
		StringOutput html = new StringOutput();
		templates.render(template + ".jte", params, html);
		return layOut(html.toString());
	}

	/** Lays out HTML that our own templates wrote (never HTML from outside). */
	byte[] layOut(String html) {
		var document = new W3CDom().fromJsoup(Jsoup.parse(html));
		var out = new ByteArrayOutputStream();
		var builder = new PdfRendererBuilder().useFastMode()
			.useFont(() -> stream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true)
			.useFont(() -> stream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true)
			.usePdfUaAccessibility(true)
			.usePdfAConformance(PdfAConformance.PDFA_3_A)
			.useColorProfile(colourProfile)
			.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
			.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
			.withProducer("Wraparound")
			.withW3cDocument(document, "about:blank")
			.toStream(out);
		slots.acquireUninterruptibly();
		try {
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The PDF could not be laid out", e);
		}
		finally {
			slots.release();
		}
		return out.toByteArray();
	}

	private static InputStream stream(byte[] bytes) {
		return new ByteArrayInputStream(bytes);
	}

	private static byte[] font(String path) {
		try (InputStream in = Pdfs.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("The font " + path + " is missing from the build");
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
