package org.wraparound;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a free port chosen for the run (see {@link TestServer}), with MockMvc, on the test
 * database, sending mail to a real SMTP server in the test JVM (see {@link TestMail}). Every test class that uses it
 * shares one Spring context (with a {@link TestClock} a test can move), so the suite starts the application once (once more for the PostgreSQL run).
 */
@Target(ElementType.TYPE)
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
@ExtendWith({ TestServer.class, TestDatabase.class, TestMail.class, FreshRateLimits.class, TestClock.Reset.class })
public @interface WraparoundTest {
}
