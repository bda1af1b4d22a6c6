package org.wraparound.platform;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

class DemoDataCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		var environment = context.getEnvironment();
		String demo = environment.getProperty("wraparound.demo");
		if (demo != null && !demo.isBlank()) {
			return Boolean.parseBoolean(demo.trim());
		}
		String url = environment.getProperty("spring.datasource.url", "");
		return url.isBlank() || url.startsWith("jdbc:h2:");
	}
}
