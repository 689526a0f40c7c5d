package cn.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.UUID;

import cn.gongkai.support.Desk;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.Staff;
import cn.gongkai.support.WebClient;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding 4: failed logins slow an account and an address down, and every delay ends by itself. Time is the engine's
 * clock, set in the past so that nothing recorded here can slow down another test's logins.
 */
@GongkaiTest
class LoginTest {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Test
	void nobodyCanLockAnAccountForGoodAndAdministratorsSeeTheDelay() {
		String target = "lockTarget" + UUID.randomUUID().toString().substring(0, 8);
		new Staff(engine).ensureUser(target, "jiance");
		Desk.clockAt("2026-11-02T09:00:00+08:00");
		for (int attempt = 1; attempt <= 12; attempt++) {
			assertThat(status(target, "wrong-" + attempt)).as("attempt %d", attempt).isEqualTo(401);
			if (attempt == 1) {
				// Within the delay even the right password is refused, and administrators see the account.
				assertThat(status(target, Staff.PASSWORD)).isEqualTo(401);
				assertThat(new WebClient(port).basic("admin", Staff.PASSWORD).get("/api/admin/accounts/locked").body())
					.contains("\"userId\":\"" + target + "\"").contains("\"failedAttempts\":1");
			}
			later(61);
		}
		// Camunda would have locked the account for good after the tenth failure.
		assertThat(status(target, Staff.PASSWORD)).isEqualTo(200);
		assertThat(new WebClient(port).basic("admin", Staff.PASSWORD).get("/api/admin/accounts/locked").body())
			.doesNotContain(target);
	}

	@Test
	void anAddressThatFailsTooOftenWaitsTenMinutesForAnyAccount() {
		String person = "throttled" + UUID.randomUUID().toString().substring(0, 8);
		new Staff(engine).ensureUser(person, "fushe");
		Desk.clockAt("2026-11-03T09:00:00+08:00");
		for (int attempt = 1; attempt < LoginThrottle.MAX_FAILURES; attempt++) {
			assertThat(status("guess" + attempt, "wrong")).isEqualTo(401);
		}
		// Each failure counts once: one short of the limit, the right password still opens.
		assertThat(status(person, Staff.PASSWORD)).isEqualTo(200);
		assertThat(status("guess" + LoginThrottle.MAX_FAILURES, "wrong")).isEqualTo(401);
		assertThat(status(person, Staff.PASSWORD)).isEqualTo(401);
		later(LoginThrottle.WINDOW.toSeconds() + 1);
		assertThat(status(person, Staff.PASSWORD)).isEqualTo(200);
	}

	private int status(String user, String password) {
		return new WebClient(port).basic(user, password).get("/engine-rest/task/count").statusCode();
	}

	private static void later(long seconds) {
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + seconds * 1000));
	}

}
