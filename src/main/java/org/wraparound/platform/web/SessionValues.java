package org.wraparound.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * How session values are written to the database and read back: Java serialization, as Spring Session does, except
 * that a value that can no longer be read (written by an older release whose classes have changed since, as can
 * happen during a rolling upgrade) is dropped with a warning instead of failing every request of that session. Its
 * owner then finds themselves signed out, or their form's token expired, and carries on.
 */
@Configuration(proxyBeanMethods = false)
class SessionValues {

	private static final Logger log = LoggerFactory.getLogger(SessionValues.class);

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> readableSessionValues() {
		return repository -> repository.setConversionService(conversions(SessionValues.class.getClassLoader()));
	}

	static GenericConversionService conversions(ClassLoader classLoader) {
		var conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversions.addConverter(byte[].class, Object.class, readingOrDropping(new DeserializingConverter(classLoader)));
		return conversions;
	}

	private static Converter<byte[], Object> readingOrDropping(DeserializingConverter deserializing) {
		return bytes -> {
			try {
				return deserializing.convert(bytes);
			}
			catch (SerializationFailedException unreadable) {
				log.warn("A session value could not be read and is dropped: {}", unreadable.getMessage());
				return null;
			}
		};
	}
}
