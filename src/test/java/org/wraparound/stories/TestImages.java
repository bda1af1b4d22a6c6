package org.wraparound.stories;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Small images made in the test, with the bytes a phone would add (EXIF orientation, GPS). */
final class TestImages {

	private TestImages() {
	}

	/** 40 wide, 20 high: left half red, right half blue. */
	static BufferedImage redLeftBlueRight() {
		var image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < 20; y++) {
			for (int x = 0; x < 40; x++) {
				image.setRGB(x, y, x < 20 ? Color.RED.getRGB() : Color.BLUE.getRGB());
			}
		}
		return image;
	}

	static byte[] write(BufferedImage image, String format) {
		var out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("no writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A JPEG with an EXIF block (big-endian) right after its start: the orientation tag, and a GPS IFD pointer so the
	 * block looks like a phone's.
	 */
	static byte[] jpegWithOrientation(BufferedImage image, int orientation) {
		byte[] jpeg = write(image, "jpeg");
		byte[] tiff = {
				'M', 'M', 0, 42, 0, 0, 0, 8, // header, IFD0 at 8
				0, 2, // two entries
				0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // Orientation, SHORT, 1
				(byte) 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 0, // GPS IFD pointer, LONG, 1 (empty)
				0, 0, 0, 0 }; // no next IFD
		byte[] exif = new byte[6 + tiff.length];
		System.arraycopy(new byte[] { 'E', 'x', 'i', 'f', 0, 0 }, 0, exif, 0, 6);
		System.arraycopy(tiff, 0, exif, 6, tiff.length);
		int length = exif.length + 2;
		var out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xff);
		out.write(0xe1);
		out.write(length >> 8);
		out.write(length & 0xff);
		out.write(exif, 0, exif.length);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/** A PNG whose left half is see-through and right half is opaque green. */
	static byte[] pngWithAlpha() {
		var image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
		for (int y = 0; y < 20; y++) {
			for (int x = 0; x < 40; x++) {
				image.setRGB(x, y, x < 20 ? 0x00000000 : 0xff00aa00);
			}
		}
		return write(image, "png");
	}

	static byte[] webp() {
		byte[] bytes = new byte[64];
		System.arraycopy("RIFF".getBytes(), 0, bytes, 0, 4);
		bytes[4] = 56;
		System.arraycopy("WEBPVP8 ".getBytes(), 0, bytes, 8, 8);
		return bytes;
	}

	static byte[] heic() {
		byte[] bytes = new byte[64];
		bytes[3] = 24;
		System.arraycopy("ftypheic".getBytes(), 0, bytes, 4, 8);
		System.arraycopy("mif1heic".getBytes(), 0, bytes, 16, 8);
		return bytes;
	}
}
