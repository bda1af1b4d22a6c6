package org.wraparound.stories;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Checks a photo from its bytes (never its name or the type the browser claims), turns it upright from its EXIF
 * orientation, scales it down and writes it again as JPEG. Writing it again drops everything but the pixels: EXIF,
 * GPS position, comments, and whatever a crafted file hid after the image.
 */
public final class Photos {

	/** The largest upload we read, checked before anything else. */
	public static final long MAX_BYTES = 8L * 1024 * 1024;

	static final int MAX_WIDTH = 1600;

	/** Enough for any phone camera; larger would take too much memory to decode. */
	private static final long MAX_PIXELS = 50_000_000L;

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final byte[] PNG_END = { 0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82 };

	private static final String[] SCRIPT_MARKERS = { "<script", "<?php", "<html", "<svg", "<!doctype", "<iframe",
			"javascript:" };

	private Photos() {
	}

	/** The photo to keep, or why it is refused. */
	public static Photo prepare(byte[] bytes) throws PhotoRefused {
		if (bytes == null || bytes.length == 0) {
			throw new PhotoRefused("stories.photo.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new PhotoRefused("stories.photo.tooLarge");
		}
		Kind kind = kind(bytes);
		if (kind == Kind.WEBP) {
			throw new PhotoRefused("stories.photo.webp");
		}
		if (kind == Kind.HEIC) {
			throw new PhotoRefused("stories.photo.heic");
		}
		if (kind == Kind.OTHER || hidesSomething(bytes, kind)) {
			throw new PhotoRefused("stories.photo.notAPhoto");
		}
		BufferedImage image = decode(bytes);
		int orientation = kind == Kind.JPEG ? ExifOrientation.of(bytes) : 1;
		return write(Orientation.upright(flattenedAndScaled(image, orientation), orientation));
	}

	enum Kind {
		JPEG, PNG, WEBP, HEIC, OTHER
	}

	static Kind kind(byte[] b) {
		if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
			return Kind.JPEG;
		}
		if (b.length >= PNG.length && Arrays.equals(b, 0, PNG.length, PNG, 0, PNG.length)) {
			return Kind.PNG;
		}
		if (b.length >= 12 && ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) {
			return Kind.WEBP;
		}
		if (b.length >= 12 && ascii(b, 4, 4).equals("ftyp")) {
			String brand = ascii(b, 8, 4);
			if (brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1") || brand.equals("msf1")) {
				return Kind.HEIC;
			}
		}
		return Kind.OTHER;
	}

	/**
	 * A file that is both an image and something else (a page, a script): markup anywhere in it, or a PNG with
	 * bytes after its last chunk.
	 */
	private static boolean hidesSomething(byte[] bytes, Kind kind) {
		String text = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		for (String marker : SCRIPT_MARKERS) {
			if (text.contains(marker)) {
				return true;
			}
		}
		return kind == Kind.PNG && (bytes.length < PNG.length + PNG_END.length
				|| !Arrays.equals(bytes, bytes.length - PNG_END.length, bytes.length, PNG_END, 0, PNG_END.length));
	}

	private static BufferedImage decode(byte[] bytes) throws PhotoRefused {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			var readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new PhotoRefused("stories.photo.notAPhoto");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > MAX_PIXELS) {
					throw new PhotoRefused("stories.photo.tooManyPixels");
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new PhotoRefused("stories.photo.unreadable");
		}
	}

	/**
	 * The image on white (JPEG has no transparency, and ImageIO writes nothing for an image with alpha), scaled so
	 * that once upright it is at most {@link #MAX_WIDTH} wide.
	 */
	private static BufferedImage flattenedAndScaled(BufferedImage image, int orientation) {
		int uprightWidth = Orientation.swaps(orientation) ? image.getHeight() : image.getWidth();
		double scale = Math.min(1.0, (double) MAX_WIDTH / uprightWidth);
		int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
		var flat = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = flat.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return flat;
	}

	private static Photo write(BufferedImage image) throws PhotoRefused {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		var out = new ByteArrayOutputStream();
		try (var stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.85f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new PhotoRefused("stories.photo.unreadable");
		}
		finally {
			writer.dispose();
		}
		if (out.size() == 0) {
			throw new PhotoRefused("stories.photo.unreadable");
		}
		return new Photo(out.toByteArray(), "image/jpeg", image.getWidth(), image.getHeight());
	}

	private static String ascii(byte[] b, int offset, int length) {
		return new String(b, offset, length, StandardCharsets.ISO_8859_1);
	}
}
