package cn.gongkai.support;

import java.time.ZoneId;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Acts on the engine as a named person, with their groups, so that Camunda's authorization applies exactly as it does
 * behind Tasklist and the REST API.
 */
public final class Staff {

	public static final String PASSWORD = "Gongkai@2026";

	private final ProcessEngine engine;

	public Staff(ProcessEngine engine) {
		this.engine = engine;
	}

	public <T> T as(String userId, Supplier<T> action) {
		var identity = engine.getIdentityService();
		List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
		identity.setAuthentication(userId, groups);
		try {
			return action.get();
		}
		finally {
			identity.clearAuthentication();
		}
	}

	public void as(String userId, Runnable action) {
		as(userId, () -> {
			action.run();
			return null;
		});
	}

	/** A person with several hats, for the four-eyes cases the demo organization does not contain. */
	public void ensureUser(String userId, String... groupIds) {
		var identity = engine.getIdentityService();
		if (identity.createUserQuery().userId(userId).count() == 0) {
			User user = identity.newUser(userId);
			user.setFirstName("测试");
			user.setLastName("人员");
			user.setPassword(PASSWORD);
			identity.saveUser(user);
		}
		for (String group : groupIds) {
			if (identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
				identity.createMembership(userId, group);
			}
		}
	}

	/**
	 * A complete drafting form, generated today by the engine's clock: never after today, and never before what the
	 * record reports on began (an event, a period), which the server checks.
	 */
	public static Map<String, Object> draft(String title, boolean personalInfo, boolean majorConcern) {
		String today = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate().toString();
		return Map.of("title", title, "indexNo", "ZZHB-2026-" + Math.abs(title.hashCode() % 10000), "summary",
				title + "的内容概述", "body", title + "\n监测点位：市区 9 个国控点。", "dateFormed", today,
				"personalInfo", personalInfo, "majorConcern", majorConcern);
	}

}
