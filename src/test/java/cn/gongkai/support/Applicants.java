package cn.gongkai.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import cn.gongkai.application.ApplicationForm;
import cn.gongkai.application.ApplicationReceipt;
import cn.gongkai.application.ApplicationService;
import cn.gongkai.process.applications.ApplicationsProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Applications as the public and the office file them, and the office's and units' steps in Tasklist's words. */
public class Applicants {

	public static final String NAME = "申请人褚若溪";
	public static final String PHONE = "0371-66668888";

	private final ApplicationService applications;
	private final ProcessEngine engine;
	private final Desk desk;

	public Applicants(ApplicationService applications, ProcessEngine engine, Desk desk) {
		this.applications = applications;
		this.engine = engine;
		this.desk = desk;
	}

	/** A person's online application, from an address of its own (the flood limit counts per address). */
	public ApplicationReceipt online() {
		return online("NATURAL_PERSON");
	}

	public ApplicationReceipt online(String applicantKind) {
		return applications.submitOnline(form(applicantKind), "198.51.100." + UUID.randomUUID());
	}

	/** A letter or counter application the office copies in, received on {@code receivedOn}. */
	public ApplicationReceipt received(String applicantKind, String channel, String receivedOn) {
		return applications.register(form(applicantKind), channel, receivedOn, "officeDrafter");
	}

	public static ApplicationForm form(String applicantKind) {
		boolean person = "NATURAL_PERSON".equals(applicantKind);
		return new ApplicationForm(applicantKind, person ? NAME : "郑州某某环境科技有限公司",
				person ? "410105199001011234" : "91410100MA44XXXX1X", person ? null : "联系人褚若溪", PHONE,
				"chu@example.cn", null, "2026年本市空气质量月报及各监测点位的数据", "ELECTRONIC", "EMAIL", null);
	}

	public ProcessInstance instance(ApplicationReceipt receipt) {
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(ApplicationsProcess.KEY)
			.processInstanceBusinessKey(String.valueOf(receipt.applicationId()))
			.singleResult();
	}

	public void assign(ProcessInstance pi, String unit) {
		desk.complete(pi, ApplicationsProcess.TASK_REGISTER, "officeDrafter", Map.of(ApplicationsProcess.VAR_REGISTER_DECISION,
				ApplicationsProcess.ASSIGN, ApplicationsProcess.VAR_HANDLING_UNIT, unit));
	}

	public void correct(ProcessInstance pi, String matters, int days) {
		desk.complete(pi, ApplicationsProcess.TASK_REGISTER, "officeDrafter", Map.of(ApplicationsProcess.VAR_REGISTER_DECISION,
				ApplicationsProcess.CORRECT, ApplicationsProcess.VAR_CORRECTION_MATTERS, matters,
				ApplicationsProcess.VAR_CORRECTION_DAYS, days));
	}

	/** The handling unit's drafter proposes an answer; its letter goes to review. */
	public void answer(ProcessInstance pi, String type, String ground, String explanation) {
		Map<String, Object> form = new HashMap<>();
		form.put(ApplicationsProcess.VAR_HANDLING_ACTION, ApplicationsProcess.ANSWER);
		form.put(ApplicationsProcess.VAR_ANSWER_TYPE, type);
		form.put(ApplicationsProcess.VAR_WITHHOLD_GROUND, ground);
		form.put(ApplicationsProcess.VAR_ANSWER_EXPLANATION, explanation);
		desk.complete(pi, ApplicationsProcess.TASK_HANDLE, unitOf(pi) + "Drafter", form);
	}

	/** Assigned to {@code unit}, answered, approved by every review and sent. */
	public void answerAndSend(ProcessInstance pi, String unit, String type, String ground) {
		assign(pi, unit);
		answer(pi, type, ground, "答复说明：按申请内容检索后作出本答复。");
		desk.approveAndPublish(pi, unit);
	}

	private String unitOf(ProcessInstance pi) {
		return applications.get(Long.parseLong(pi.getBusinessKey())).unitId();
	}

}
