package cn.gongkai.process.escalation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.escalation.EscalationProperties;
import cn.gongkai.escalation.Subject;
import cn.gongkai.notification.Recipient;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.PersonNames;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Turns a step's recipient rules into people, from Camunda's users and groups. */
@Component
class EscalationRecipients {

	private final IdentityService identityService;
	private final TaskService taskService;
	private final EscalationSubjects subjects;

	EscalationRecipients(IdentityService identityService, TaskService taskService, EscalationSubjects subjects) {
		this.identityService = identityService;
		this.taskService = taskService;
		this.subjects = subjects;
	}

	/** Each person once, in the order of the rules. */
	List<Recipient> of(EscalationProperties.Step step, Subject subject, List<String> openTasks) {
		Map<String, User> people = new LinkedHashMap<>();
		for (String rule : step.recipients()) {
			if (EscalationProperties.CURRENT_ASSIGNEES.equals(rule)) {
				for (String taskId : openTasks) {
					Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
					if (task == null) {
						continue;
					}
					if (task.getAssignee() != null) {
						user(task.getAssignee()).ifPresent(u -> people.putIfAbsent(u.getId(), u));
					}
					else {
						subjects.candidateGroups(task).forEach(group -> members(group, people));
					}
				}
			}
			else if (rule.startsWith("UNIT:")) {
				members(Organization.unitRoleGroupId(subject.unitId(), rule.substring("UNIT:".length())), people);
			}
			else {
				members(rule.substring("ROLE:".length()), people);
			}
		}
		List<Recipient> recipients = new ArrayList<>();
		people.values()
			.forEach(u -> recipients.add(new Recipient(u.getId(), nameOf(u), u.getEmail())));
		return recipients;
	}

	private void members(String groupId, Map<String, User> people) {
		identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list()
			.forEach(u -> people.putIfAbsent(u.getId(), u));
	}

	private java.util.Optional<User> user(String userId) {
		return java.util.Optional.ofNullable(identityService.createUserQuery().userId(userId).singleResult());
	}

	private static String nameOf(User user) {
		return PersonNames.inChineseOrder(user.getLastName(), user.getFirstName(), user.getId());
	}

}
