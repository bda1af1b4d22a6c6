package org.wraparound.helping;

/** Text as kept: without spaces around it, and with Windows line ends made plain. */
final class PlainTextCleaner {

	private PlainTextCleaner() {
	}

	static String clean(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n').strip();
	}
}
