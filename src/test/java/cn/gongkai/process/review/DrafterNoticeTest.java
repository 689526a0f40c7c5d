package cn.gongkai.process.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.support.Desk;
import cn.gongkai.support.RunningApplication;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.MailServer;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** A return for revision reaches the drafter by email (docs/design.md §3), once per return. */
@GongkaiTest
class DrafterNoticeTest extends RunningApplication {

	@Test
	void theDrafterIsToldWhyTheRecordCameBackOncePerReturn() {
		MailServer.purge();
		Desk desk = new Desk(engine);
		ProcessInstance pi = scheduled.open("env-quality", "jiancezhan");
		String title = "监测站水质月报 " + UUID.randomUUID().toString().substring(0, 6);
		desk.draft(pi, ObligationProcess.TASK_EDIT_DRAFT, "jiancezhan", title);
		var review = engine.getTaskService().createTaskQuery()
			.processDefinitionKey(ReviewChainProcess.KEY)
			.taskDefinitionKey(ReviewChainProcess.TASK_UNIT_HEAD_REVIEW)
			.processInstanceBusinessKey(pi.getBusinessKey())
			.singleResult();
		desk.staff().as("jiancezhanHead", () -> {
			engine.getTaskService().claim(review.getId(), "jiancezhanHead");
			engine.getFormService().submitTaskForm(review.getId(),
					Map.of("reviewDecision", "RETURN", "reviewComment", "断面编号与上期不一致，请核对"));
		});
		String editTask = desk.task(pi, ObligationProcess.TASK_EDIT_DRAFT).getId();

		Job notice = engine.getManagementService().createJobQuery().processDefinitionKey(DrafterNoticeProcess.KEY)
			.processInstanceId(engine.getRuntimeService().createProcessInstanceQuery()
				.processDefinitionKey(DrafterNoticeProcess.KEY).processInstanceBusinessKey(pi.getBusinessKey())
				.singleResult().getId())
			.singleResult();
		engine.getManagementService().executeJob(notice.getId());

		assertThat(MailServer.received()).extracting(MailServer::to).containsExactly("jiancezhandrafter@gongkai.example");
		assertThat(MailServer.subject(MailServer.received().get(0))).isEqualTo("【退回修改】监测站：" + title);
		assertThat(MailServer.text(MailServer.received().get(0))).contains("处室负责人审核：断面编号与上期不一致，请核对")
			.contains("#/?task=" + editTask);

		// Submitted again and returned again: a second return, a second email.
		desk.draft(pi, ObligationProcess.TASK_EDIT_DRAFT, "jiancezhan", title);
		var again = engine.getTaskService().createTaskQuery().taskDefinitionKey(ReviewChainProcess.TASK_UNIT_HEAD_REVIEW)
			.processInstanceBusinessKey(pi.getBusinessKey()).singleResult();
		desk.staff().as("jiancezhanHead", () -> {
			engine.getTaskService().claim(again.getId(), "jiancezhanHead");
			engine.getFormService().submitTaskForm(again.getId(), Map.of("reviewDecision", "RETURN", "reviewComment", "仍有误"));
		});
		engine.getManagementService().createJobQuery().processDefinitionKey(DrafterNoticeProcess.KEY).list().stream()
			.filter(job -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
				.processInstanceBusinessKey(pi.getBusinessKey()).count() == 1)
			.forEach(job -> engine.getManagementService().executeJob(job.getId()));
		assertThat(MailServer.received()).hasSize(2);
		assertThat(MailServer.text(MailServer.received().get(1))).contains("仍有误");
	}

}
