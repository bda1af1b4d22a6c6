package org.wraparound.stories;

/**
 * Reads the orientation tag (0x0112) from a JPEG's EXIF block (APP1), the way a phone says which way up it was held.
 * Anything missing or malformed counts as upright (1).
 */
final class ExifOrientation {

	private ExifOrientation() {
	}

	static int of(byte[] jpeg) {
		try {
			int at = 2;
			while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
				int marker = jpeg[at + 1] & 0xff;
				if (marker == 0xda || marker == 0xd9) {
					return 1;
				}
				int length = u16(jpeg, at + 2, false);
				if (marker == 0xe1 && length >= 8 && isExif(jpeg, at + 4)) {
					return fromTiff(jpeg, at + 10, at + 2 + length);
				}
				at += 2 + length;
			}
		}
		catch (ArrayIndexOutOfBoundsException ex) {
			return 1;
		}
		return 1;
	}

	private static boolean isExif(byte[] b, int at) {
		return b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f' && b[at + 4] == 0
				&& b[at + 5] == 0;
	}

	private static int fromTiff(byte[] b, int tiff, int end) {
		boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
		if (!little && !(b[tiff] == 'M' && b[tiff + 1] == 'M')) {
			return 1;
		}
		long ifd = u32(b, tiff + 4, little);
		if (ifd < 8 || tiff + ifd + 2 > end) {
			return 1;
		}
		int entries = u16(b, (int) (tiff + ifd), little);
		for (int i = 0; i < entries; i++) {
			int entry = (int) (tiff + ifd + 2 + 12L * i);
			if (entry + 12 > end) {
				return 1;
			}
			if (u16(b, entry, little) == 0x0112) {
				int value = u16(b, entry + 8, little);
				return value >= 1 && value <= 8 ? value : 1;
			}
		}
		return 1;
	}

	private static int u16(byte[] b, int at, boolean little) {
		int first = b[at] & 0xff;
		int second = b[at + 1] & 0xff;
		return little ? first | second << 8 : first << 8 | second;
	}

	private static long u32(byte[] b, int at, boolean little) {
		long high = u16(b, little ? at + 2 : at, little);
		long low = u16(b, little ? at : at + 2, little);
		return high << 16 | low;
	}
}
