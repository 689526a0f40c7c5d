package cn.gongkai.e2e;

import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.ScheduledObligations;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A journey in a real browser against the running application: one Chromium per test, closed after it. */
@Tag("e2e")
@GongkaiTest
abstract class BrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	ScheduledObligations scheduled;

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
