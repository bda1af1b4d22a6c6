package org.wraparound;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Wraparound: a platform for Compassionate Communities. One deployable, split into application modules by feature.
 */
@SpringBootApplication
public class WraparoundApplication {

	public static void main(String[] args) {
		SpringApplication.run(WraparoundApplication.class, args);
	}
}
