package org.wraparound.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** The photo rules: what is taken, what comes out, and what is refused with which message. */
class PhotosTests {

	@Test
	void aJpegTurnedByItsExifOrientationComesOutUprightAndWithoutExif() throws Exception {
		byte[] upload = TestImages.jpegWithOrientation(TestImages.redLeftBlueRight(), 6);
		assertThat(ExifOrientation.of(upload)).isEqualTo(6);

		Photo photo = Photos.prepare(upload);

		assertThat(photo.contentType()).isEqualTo("image/jpeg");
		BufferedImage out = read(photo.bytes());
		// Orientation 6: the camera was turned a quarter clockwise, so the left (red) side is now the top.
		assertThat(out.getWidth()).isEqualTo(20);
		assertThat(out.getHeight()).isEqualTo(40);
		assertThat(isRed(out.getRGB(10, 5))).isTrue();
		assertThat(isBlue(out.getRGB(10, 35))).isTrue();
		assertThat(new String(photo.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
	}

	@Test
	void orientationEightTurnsTheOtherWay() throws Exception {
		BufferedImage out = read(Photos.prepare(TestImages.jpegWithOrientation(TestImages.redLeftBlueRight(), 8)).bytes());
		assertThat(isBlue(out.getRGB(10, 5))).isTrue();
		assertThat(isRed(out.getRGB(10, 35))).isTrue();
	}

	@Test
	void aPngWithTransparencyBecomesANonEmptyJpegOnWhite() throws Exception {
		Photo photo = Photos.prepare(TestImages.pngWithAlpha());

		assertThat(photo.bytes()).isNotEmpty();
		assertThat(photo.contentType()).isEqualTo("image/jpeg");
		BufferedImage out = read(photo.bytes());
		assertThat(out.getColorModel().hasAlpha()).isFalse();
		Color seeThrough = new Color(out.getRGB(5, 10));
		assertThat(seeThrough.getRed()).isGreaterThan(240);
		assertThat(seeThrough.getGreen()).isGreaterThan(240);
		assertThat(seeThrough.getBlue()).isGreaterThan(240);
	}

	@Test
	void aWidePhotoIsScaledToAtMost1600PixelsWide() throws Exception {
		Photo photo = Photos.prepare(TestImages.write(new BufferedImage(3200, 100, BufferedImage.TYPE_INT_RGB), "png"));
		assertThat(photo.width()).isEqualTo(1600);
		assertThat(photo.height()).isEqualTo(50);
		assertThat(read(photo.bytes()).getWidth()).isEqualTo(1600);
	}

	@Test
	void webpAndHeicAreRefusedWithTheirOwnMessage() {
		assertRefused(TestImages.webp(), "stories.photo.webp");
		assertRefused(TestImages.heic(), "stories.photo.heic");
	}

	@Test
	void aScriptNamedPhotoJpgIsRefused() {
		assertRefused("<script>alert('x')</script>".getBytes(StandardCharsets.UTF_8), "stories.photo.notAPhoto");
		assertRefused("GIF89a....".getBytes(StandardCharsets.US_ASCII), "stories.photo.notAPhoto");
	}

	@Test
	void aPolyglotIsRefused() throws IOException {
		// A real JPEG with a page after it, and a real PNG with a script after its last chunk.
		var jpeg = new ByteArrayOutputStream();
		jpeg.write(TestImages.write(TestImages.redLeftBlueRight(), "jpeg"));
		jpeg.write("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII));
		assertRefused(jpeg.toByteArray(), "stories.photo.notAPhoto");
		var png = new ByteArrayOutputStream();
		png.write(TestImages.write(TestImages.redLeftBlueRight(), "png"));
		png.write("alert(1)".getBytes(StandardCharsets.US_ASCII));
		assertRefused(png.toByteArray(), "stories.photo.notAPhoto");
	}

	@Test
	void aBrokenJpegIsRefusedAsUnreadable() {
		assertRefused(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1, 2, 3 }, "stories.photo.unreadable");
	}

	@Test
	void tooLargeAndEmptyFilesAreRefused() {
		assertRefused(new byte[0], "stories.photo.empty");
		assertRefused(new byte[(int) Photos.MAX_BYTES + 1], "stories.photo.tooLarge");
	}

	private static void assertRefused(byte[] bytes, String key) {
		assertThatThrownBy(() -> Photos.prepare(bytes)).isInstanceOf(PhotoRefused.class)
			.extracting(ex -> ((PhotoRefused) ex).messageKey()).isEqualTo(key);
	}

	private static BufferedImage read(byte[] bytes) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(bytes));
	}

	private static boolean isRed(int rgb) {
		var color = new Color(rgb);
		return color.getRed() > 200 && color.getBlue() < 60;
	}

	private static boolean isBlue(int rgb) {
		var color = new Color(rgb);
		return color.getBlue() > 200 && color.getRed() < 60;
	}
}
