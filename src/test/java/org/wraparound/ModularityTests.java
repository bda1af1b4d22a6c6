package org.wraparound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(WraparoundApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theModulesAreTheOnesTheArchitectureNames() {
		assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.contains("platform", "site", "accounts", "communities");
	}

	@Test
	void nothingDependsOnTheSite() {
		var site = modules.getModuleByName("site").orElseThrow();
		assertThat(modules.stream().filter(module -> module.getDirectDependencies(modules).contains(site)))
			.isEmpty();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}
}
