package org.wraparound.stories;

/** A photo ready to keep: re-encoded (so without EXIF or GPS data), upright, at most {@link Photos#MAX_WIDTH} wide. */
public record Photo(byte[] bytes, String contentType, int width, int height) {
}
