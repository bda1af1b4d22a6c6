package org.wraparound.e2e;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * One headless Debian Chromium for the whole run, driven through Debian's chromedriver at fixed paths (Selenium
 * never downloads a browser or a driver). Where either is missing, journeys are skipped with the reason, unless
 * {@code WRAPAROUND_TEST_REQUIRE_BROWSER=true}, as in CI, where they fail.
 */
final class Browser implements ExecutionCondition {

	static final String CHROMIUM = "/usr/bin/chromium";
	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
	static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

	private static ChromeDriver driver;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute()) {
			return ConditionEvaluationResult.enabled("Chromium found");
		}
		String reason = "Browser journeys skipped: " + CHROMIUM + " or " + CHROMEDRIVER
				+ " is missing (apt-get install chromium chromium-driver)";
		if (Boolean.parseBoolean(System.getenv("WRAPAROUND_TEST_REQUIRE_BROWSER"))) {
			throw new IllegalStateException(reason);
		}
		System.out.println(reason);
		return ConditionEvaluationResult.disabled(reason);
	}

	static synchronized ChromeDriver driver() {
		if (driver == null) {
			driver = start();
			Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
		}
		return driver;
	}

	/**
	 * Another browser, with its own profile and cookies, for a journey with two people at once (a visitor and staff
	 * chatting). The journey quits it when done.
	 */
	static ChromeDriver another() {
		return start();
	}

	private static ChromeDriver start() {
		try {
			Path profile = Files.createTempDirectory("wraparound-chromium");
			ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
				.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--disable-quic", "--no-first-run", "--window-size=1280,900", "--lang=en-CA",
						"--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
			ChromeDriver chrome = new ChromeDriver(service, options);
			chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return chrome;
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Runs axe-core on the page as it is now; returns the violations, described for a failure message. Legacy mode
	 * runs axe once, in the page: the default would run it in each frame, then inject it again into a new blank tab
	 * to merge the frames' results, and no page of ours has a frame (so the default only doubled the time).
	 */
	static String accessibilityViolations(ChromeDriver driver) {
		Results results = new AxeBuilder().withTags(WCAG).setLegacyMode(true).analyze(driver);
		if (results.getViolations().isEmpty()) {
			return "";
		}
		return results.getViolations().stream()
			.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
						.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n", driver.getCurrentUrl() + "\n", ""));
	}

	/** Shows the page as a phone of the given width (CSS pixels) would, or as a desktop again with 0. */
	static void viewport(ChromeDriver driver, int width, int height) {
		if (width == 0) {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			return;
		}
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
	}
}
