package org.wraparound.matching;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One plain-language reason a volunteer was ranked where they were ("1.8 km", "speaks French", "helped Maria
 * twice"): a message key with its arguments, rendered in the reader's language with {@code page.t(reason)}. An
 * argument may itself be a resolvable (a language's name), which the message source renders first.
 */
record Reason(String key, List<Object> args) implements MessageSourceResolvable {

	Reason {
		args = List.copyOf(args);
	}

	static Reason of(String key, Object... args) {
		return new Reason(key, List.of(args));
	}

	/** A language's name in the reader's language, or its code when we have no name for it. */
	static MessageSourceResolvable language(String code) {
		return new DefaultMessageSourceResolvable(new String[] { "matching.language." + code }, code);
	}

	@Override
	public String[] getCodes() {
		return new String[] { key };
	}

	@Override
	public Object[] getArguments() {
		return args.toArray();
	}

	@Override
	public String getDefaultMessage() {
		return key;
	}
}
