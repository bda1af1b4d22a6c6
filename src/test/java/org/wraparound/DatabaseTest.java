package org.wraparound;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A repository or migration test. It runs on in-memory H2 with every other test, and again on a fresh PostgreSQL
 * database in the build's {@code postgresql} test run (see {@link TestDatabase}).
 */
@Target(ElementType.TYPE)
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Tag(DatabaseTest.TAG)
@WraparoundTest
public @interface DatabaseTest {

	String TAG = "database";
}
