package org.wraparound.contact.chat.web;

/** What is kept of a typed line: its line breaks (in one form), no other control characters, no blank edges. */
final class ChatText {

	private ChatText() {
	}

	static String clean(String typed) {
		if (typed == null) {
			return "";
		}
		return typed.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
	}
}
