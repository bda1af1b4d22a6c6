package org.wraparound.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;

import org.junit.jupiter.api.Test;

/** A session value is read back as written; one that can no longer be read is dropped, not a failed request. */
class SessionValuesTests {

	record Chat(String id, int lines) implements Serializable {
	}

	private final ClassLoader ours = SessionValuesTests.class.getClassLoader();

	@Test
	void aValueIsReadBackAsWritten() {
		var conversions = SessionValues.conversions(ours);
		byte[] bytes = conversions.convert(new Chat("c-1", 3), byte[].class);
		assertThat(conversions.convert(bytes, Object.class)).isEqualTo(new Chat("c-1", 3));
	}

	@Test
	void aValueWhoseClassIsGoneIsDropped() {
		byte[] bytes = SessionValues.conversions(ours).convert(new Chat("c-2", 1), byte[].class);
		var elsewhere = SessionValues.conversions(ClassLoader.getPlatformClassLoader());
		assertThat(elsewhere.convert(bytes, Object.class)).isNull();
	}

	@Test
	void bytesThatAreNoValueAreDropped() {
		assertThat(SessionValues.conversions(ours).convert(new byte[] { 1, 2, 3 }, Object.class)).isNull();
	}
}
