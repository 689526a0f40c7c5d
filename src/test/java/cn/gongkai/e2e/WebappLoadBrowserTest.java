package cn.gongkai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

import cn.gongkai.support.Staff;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a person waits for and downloads when Tasklist opens, first and on a reload: as the webapps were (no
 * compression, nothing kept, emulated in the browser: caching off and {@code Accept-Encoding: identity}) and as they are
 * now, in one run on one machine. The figures go to {@code target/e2e-screenshots/webapp-load.md} for
 * docs/performance.md; only the bytes are asserted, which do not depend on the machine.
 */
class WebappLoadBrowserTest extends BrowserTest {

	/** Marks the moment the task list's filters are drawn, in milliseconds since the navigation started. */
	static final String READY_PROBE = """
			new MutationObserver((changes, observer) => {
			  if (document.body && document.body.innerText.includes('本组待办')) {
			    window.gongkaiReady = performance.now();
			    observer.disconnect();
			  }
			}).observe(document, { subtree: true, childList: true, characterData: true });""";

	record Load(double readyMillis, long bytes) {
	}

	@Test
	void tasklistReloadsFromTheBrowsersCacheWithCompressedFirstLoads() throws IOException {
		ChromeDriver chrome = (ChromeDriver) browser.driver();
		chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", READY_PROBE));
		chrome.executeCdpCommand("Network.enable", Map.of());
		browser.loginAs("jianceDrafter", Staff.PASSWORD, "/camunda/app/tasklist/default/");

		chrome.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
		chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Accept-Encoding", "identity")));
		Load beforeFirst = load(chrome, false);
		Load beforeReload = load(chrome, true);

		chrome.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
		chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
		chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
		Load afterFirst = load(chrome, false);
		Load afterReload = load(chrome, true);
		browser.assertChineseChrome("Tasklist after a cached reload", "jianceDrafter");

		String table = """
				| Tasklist after login | ready (ms) | transferred (bytes) |
				|---|---|---|
				| before: first load | %.0f | %d |
				| before: reload | %.0f | %d |
				| now: first load | %.0f | %d |
				| now: reload | %.0f | %d |
				| reload, now / before | %.2f | %.3f |
				""".formatted(beforeFirst.readyMillis(), beforeFirst.bytes(), beforeReload.readyMillis(), beforeReload.bytes(),
				afterFirst.readyMillis(), afterFirst.bytes(), afterReload.readyMillis(), afterReload.bytes(),
				afterReload.readyMillis() / beforeReload.readyMillis(), (double) afterReload.bytes() / beforeReload.bytes());
		Files.writeString(Files.createDirectories(Browser.SCREENSHOTS).resolve("webapp-load.md"), table);
		System.out.println(table);

		assertThat(afterFirst.bytes()).as("compressed first load").isLessThan(beforeFirst.bytes() / 2);
		assertThat(afterReload.bytes()).as("a reload sends next to nothing again").isLessThan(beforeReload.bytes() / 20);
	}

	private Load load(ChromeDriver chrome, boolean reload) {
		if (reload) {
			chrome.navigate().refresh();
		}
		else {
			browser.open("/camunda/app/tasklist/default/");
		}
		browser.waitUntil(() -> chrome.executeScript("return window.gongkaiReady") != null);
		browser.settle();
		Number ready = (Number) chrome.executeScript("return window.gongkaiReady");
		Number bytes = (Number) chrome.executeScript("""
				return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
				  .reduce((sum, entry) => sum + (entry.transferSize || 0), 0);""");
		return new Load(ready.doubleValue(), bytes.longValue());
	}

}
