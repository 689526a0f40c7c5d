package cn.gongkai.process;

import java.util.List;

import cn.gongkai.organization.Organization;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting on a task: the logged-in user; the assignee only when the engine is driven without one. */
public final class Actors {

	private Actors() {
	}

	/**
	 * The unit among {@code units} whose drafters the logged-in {@code userId} belongs to, read from the login's groups
	 * (a drafter may not query the identity service under authorization); refused with {@code refusal} otherwise.
	 */
	public static String drafterUnit(DelegateExecution execution, String userId, List<String> units, String refusal) {
		Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (userId == null || authentication == null || !userId.equals(authentication.getUserId())) {
			throw Refusals.refuse("请先登录");
		}
		List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
		return units.stream()
			.filter(unit -> groups.contains(Organization.unitRoleGroupId(unit, Organization.ROLE_DRAFTER)))
			.findFirst()
			.orElseThrow(() -> Refusals.refuse(refusal));
	}

	public static String actingUser(DelegateTask task) {
		Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (authentication != null && authentication.getUserId() != null) {
			return authentication.getUserId();
		}
		return task.getAssignee();
	}

}
