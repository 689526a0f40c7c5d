package cn.gongkai.e2e;

import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.RunningApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/** A journey in a real browser against the running application: one Chromium per test, closed after it. */
@Tag("e2e")
@GongkaiTest
abstract class BrowserTest extends RunningApplication {

	Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = new Browser(port);
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

}
