package cn.gongkai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through Debian's chromedriver (both named explicitly, so Selenium never downloads a
 * browser), with an English-speaking browser locale: Chinese must come from the application, not from the browser.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
	static final Path CHROMEDRIVER = Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver"));
	static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

	/**
	 * Latin words a Chinese page keeps, as Chinese software does: product names, file formats and the abbreviation ID.
	 */
	private static final Set<String> BRAND = Set.of("Camunda", "Tasklist", "Cockpit", "Admin", "CE", "ID", "BPMN", "DMN",
			"CSV", "JSON", "XML");

	private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

	private final ChromeDriver driver;
	private final String base;
	private final WebDriverWait wait;

	Browser(int port) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=1280,1000", "--lang=en-US", "--no-first-run", "--disable-background-networking",
				"--disable-component-update", "--disable-sync");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withEnvironment(Map.of("TZ", "Asia/Shanghai"))
			.build();
		this.driver = new ChromeDriver(service, options);
		this.base = "http://localhost:" + port;
		// A page that is replaced while it is read (a form's redirect, Angular redrawing) is read again.
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	WebDriver driver() {
		return driver;
	}

	/** A phone's screen (390 × 844 CSS pixels, touch), or back to the desktop's with {@code false}. */
	void phone(boolean phone) {
		if (phone) {
			driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
		}
		else {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	/** Renders the page as the printer would get it, or back to the screen with {@code false}. */
	void print(boolean print) {
		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
	}

	void open(String path) {
		driver.get(base + path);
	}

	/** Logs in on the one login page, as a fresh session. */
	void loginAs(String userId, String password, String landingPath) {
		driver.manage().deleteAllCookies();
		open(landingPath);
		visible(By.id("username")).sendKeys(userId);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		until(d -> !d.getCurrentUrl().contains("/login"), "logged in as " + userId);
	}

	WebElement visible(By by) {
		return until(ExpectedConditions.visibilityOfElementLocated(by), by + " visible");
	}

	WebElement clickable(By by) {
		return until(ExpectedConditions.elementToBeClickable(by), by + " clickable");
	}

	void click(By by) {
		WebElement element = clickable(by);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		try {
			element.click();
		}
		catch (ElementClickInterceptedException ex) {
			// Tasklist's fixed footer covers the last lines of a long form that cannot scroll further: a person scrolls
			// the form's own pane, as this does.
			((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
			element.click();
		}
	}

	/** Closes the webapps' notifications, which sit over the form's buttons. */
	void dismissNotifications() {
		((JavascriptExecutor) driver).executeScript("""
				document.querySelectorAll('[notifications-panel] button.close').forEach(b => b.click());""");
		until(d -> d.findElements(By.cssSelector("[notifications-panel] button.close")).stream().noneMatch(WebElement::isDisplayed),
				"notifications closed");
	}

	/** Any element whose own text is exactly this, anywhere on the page. */
	static By text(String text) {
		return By.xpath("//*[normalize-space(text())='" + text + "']");
	}

	/** Any element whose own text starts with this: a task named after its level and its record. */
	static By textStarting(String prefix) {
		return By.xpath("//*[starts-with(normalize-space(text()), '" + prefix + "')]");
	}

	void waitForText(String text) {
		until(d -> bodyText().contains(text), "text " + text);
	}

	/**
	 * For Camunda's single-page webapps, whose first load on a busy machine now and then leaves the spinner turning
	 * with a request that never answers: the page is loaded once more before the wait fails.
	 */
	void waitForTextInWebapp(String text) {
		try {
			wait.until(d -> bodyText().contains(text));
		}
		catch (TimeoutException ex) {
			driver.navigate().refresh();
			waitForText(text);
		}
	}

	void waitUntil(java.util.function.BooleanSupplier condition) {
		until(d -> condition.getAsBoolean(), "condition");
	}

	/** Waits; on a timeout keeps a screenshot and says where the browser was. */
	<T> T until(java.util.function.Function<? super WebDriver, T> condition, String what) {
		try {
			return wait.until(condition);
		}
		catch (TimeoutException ex) {
			Path shot = screenshot("failure-" + System.currentTimeMillis());
			throw new AssertionError("Waited 30 s for " + what + " at " + driver.getCurrentUrl() + " (screenshot " + shot
					+ "); the page reads: " + bodyText().replace('\n', ' '), ex);
		}
	}

	/**
	 * What Ctrl+V does with cells copied from Excel: the text, tabs included, lands in the field at once. (Typed keys
	 * cannot carry it: a Tab key moves to the next field.)
	 */
	void paste(WebElement field, String text) {
		driver.executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
				field, text);
	}

	/** Selects and deletes, the way a person does: form-js only notices edits made through key events. */
	static void clear(WebElement input) {
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
	}

	String bodyText() {
		return driver.findElement(By.tagName("body")).getText();
	}

	/** Waits for Angular's pending requests to settle, so that screenshots show the page as the user sees it. */
	void settle() {
		until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
				"""
				return document.readyState === 'complete'
				  && Array.from(document.querySelectorAll('.loader, .spinner, .glyphicon-refresh.animate'))
				    .every(e => e.offsetParent === null);""")), "page settled");
	}

	Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Latin words in the visible text of the page's chrome (header, navigation, buttons, headings), minus the brand
	 * and what the test itself put there.
	 */
	List<String> englishInChrome(String... allowed) {
		@SuppressWarnings("unchecked")
		List<String> texts = (List<String>) ((JavascriptExecutor) driver).executeScript("""
				return Array.from(document.querySelectorAll(
				  'header, nav, .navbar, button, h1, h2, h3, h4, th, thead td, label, .fjs-form-field-error, .nav-tabs a, .dropdown-menu a, [cam-widget-header]'))
				  .filter(e => e.offsetParent !== null)
				  .map(e => e.innerText);""");
		Set<String> ok = new java.util.HashSet<>(BRAND);
		ok.addAll(List.of(allowed));
		java.util.TreeSet<String> found = new java.util.TreeSet<>();
		for (String text : texts) {
			Matcher words = LATIN_WORD.matcher(text);
			while (words.find()) {
				if (!ok.contains(words.group())) {
					found.add(words.group());
				}
			}
		}
		return List.copyOf(found);
	}

	void assertChineseChrome(String screen, String... allowed) {
		assertThat(englishInChrome(allowed)).as("English words left in the chrome of " + screen).isEmpty();
	}

	@Override
	public void close() {
		driver.quit();
	}

}
