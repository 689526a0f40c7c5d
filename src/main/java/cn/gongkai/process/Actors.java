package cn.gongkai.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting on a task: the logged-in user; the assignee only when the engine is driven without one. */
public final class Actors {

	private Actors() {
	}

	public static String actingUser(DelegateTask task) {
		Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (authentication != null && authentication.getUserId() != null) {
			return authentication.getUserId();
		}
		return task.getAssignee();
	}

}
