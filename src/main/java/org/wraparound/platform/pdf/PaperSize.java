package org.wraparound.platform.pdf;

/** The page a PDF is laid out on, as CSS gives it to {@code @page}; {@code layout/pdf.jte} takes one. */
public enum PaperSize {

	/** North American letter, upright: what Canadian printers hold. */
	LETTER("letter", "1.8cm 2cm"),
	/** Letter on its side. */
	LETTER_LANDSCAPE("letter landscape", "1.8cm 2cm"),
	A4("A4", "1.8cm 2cm"),
	A4_LANDSCAPE("A4 landscape", "1.8cm 2cm"),
	/** A wide 16:9 page, the shape of a projector screen, for slides. */
	SLIDES("10in 5.625in", "0");

	private final String css;
	private final String margin;

	PaperSize(String css, String margin) {
		this.css = css;
		this.margin = margin;
	}

	/** The value of the {@code size} property of {@code @page}. */
	public String css() {
		return css;
	}

	/** The value of the {@code margin} property of {@code @page}. */
	public String margin() {
		return margin;
	}
}
