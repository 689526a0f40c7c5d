package cn.gongkai.security;

import cn.gongkai.support.Desk;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.RunningApplication;
import cn.gongkai.support.Staff;
import cn.gongkai.support.WebClient;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A REST client's credentials, checked once, are trusted for the configured lifetime and no longer: the REST API then
 * answers from Spring Security's authentication (its groups and tenants), without asking the identity service again.
 */
@GongkaiTest
@TestPropertySource(properties = "gongkai.security.verified-credentials-lifetime=60s")
class RestCredentialsTest extends RunningApplication {

	static final String USER = "zongliangHead";

	@AfterEach
	void restore() {
		setPassword(Staff.PASSWORD);
		ClockUtil.reset();
	}

	@Test
	void aChangedPasswordReachesAClientWithinTheLifetime() {
		Desk.clockAt("2026-12-07T10:00:00+08:00");
		WebClient client = new WebClient(port).basic(USER, Staff.PASSWORD);
		String before = client.get("/engine-rest/task/count").body();
		assertThat(client.get("/engine-rest/task/count").statusCode()).isEqualTo(200);
		assertThat(client.get("/engine-rest/group?member=" + USER).body()).contains("zongliang");

		setPassword("Changed#2026");
		Desk.clockAt("2026-12-07T10:00:59+08:00");
		assertThat(client.get("/engine-rest/task/count").body()).as("trusted within the lifetime, same answers")
			.isEqualTo(before);
		assertThat(new WebClient(port).basic(USER, "Changed#2026").get("/engine-rest/task/count").statusCode())
			.as("the new password is checked, not cached").isEqualTo(200);

		Desk.clockAt("2026-12-07T10:01:01+08:00");
		assertThat(client.get("/engine-rest/task/count").statusCode()).as("checked again after the lifetime")
			.isEqualTo(401);
	}

	private void setPassword(String password) {
		User user = engine.getIdentityService().createUserQuery().userId(USER).singleResult();
		user.setPassword(password);
		engine.getIdentityService().saveUser(user);
	}

}
