package org.wraparound.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Marks a bean that loads demo data. It is active when {@code wraparound.demo=true}; when the setting is absent,
 * only on the embedded H2 database, so that a production PostgreSQL never receives demo people by accident.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Conditional(DemoDataCondition.class)
public @interface ConditionalOnDemoData {
}
