package org.wraparound.stories;

import java.awt.image.BufferedImage;

/** Turns an image upright from its EXIF orientation (1 to 8: the rotations and mirror images of a photo). */
final class Orientation {

	private Orientation() {
	}

	/** Whether the upright image is the stored one turned a quarter, so width and height trade places. */
	static boolean swaps(int orientation) {
		return orientation >= 5 && orientation <= 8;
	}

	static BufferedImage upright(BufferedImage image, int orientation) {
		if (orientation <= 1 || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		var out = swaps(orientation) ? new BufferedImage(h, w, BufferedImage.TYPE_INT_RGB)
				: new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				int rgb = image.getRGB(x, y);
				switch (orientation) {
					case 2 -> out.setRGB(w - 1 - x, y, rgb);
					case 3 -> out.setRGB(w - 1 - x, h - 1 - y, rgb);
					case 4 -> out.setRGB(x, h - 1 - y, rgb);
					case 5 -> out.setRGB(y, x, rgb);
					case 6 -> out.setRGB(h - 1 - y, x, rgb);
					case 7 -> out.setRGB(h - 1 - y, w - 1 - x, rgb);
					default -> out.setRGB(y, w - 1 - x, rgb);
				}
			}
		}
		return out;
	}
}
