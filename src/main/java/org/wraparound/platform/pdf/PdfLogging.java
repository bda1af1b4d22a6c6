package org.wraparound.platform.pdf;

import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/**
 * Sends openhtmltopdf's messages to the application's logging, which otherwise go straight to the console. Its
 * INFO messages (timings, fonts loaded) are chatty, so they become DEBUG.
 */
final class PdfLogging implements XRLogger {

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		Logger logger = LoggerFactory.getLogger(where);
		int value = level.intValue();
		if (value >= Level.SEVERE.intValue()) {
			logger.error(message, error);
		}
		else if (value >= Level.WARNING.intValue()) {
			logger.warn(message, error);
		}
		else if (value >= Level.INFO.intValue()) {
			logger.debug(message, error);
		}
		else {
			logger.trace(message, error);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// Levels are set in the application's logging settings.
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
		int value = diagnostic.getLevel().intValue();
		return value >= Level.SEVERE.intValue() ? logger.isErrorEnabled()
				: value >= Level.WARNING.intValue() ? logger.isWarnEnabled()
						: value >= Level.INFO.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
	}
}
