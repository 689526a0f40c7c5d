package cn.gongkai.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.organization.PersonNames;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.support.Desk;
import cn.gongkai.support.RunningApplication;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.Staff;
import cn.gongkai.support.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The staff home: each person's tasks, records and obligations, and the way to 督查 and the administrators' pages. */
@GongkaiTest
class WorkspaceTest extends RunningApplication {

	@Autowired
	ObligationService obligations;

	@Autowired
	Desk desk;

	@Autowired
	ObjectMapper json;

	@Autowired
	PersonNames names;

	@Test
	void aDrafterFindsTheTaskTheObligationAndTheRecordAfterSubmitting() {
		ProcessInstance pi = scheduled.open("radiation", "fushe");
		Obligation obligation = obligations.openOfProcess(pi.getId()).get(0);
		WebClient drafter = new WebClient(port);
		HttpResponse<String> login = drafter.postForm("/login", drafter.csrfOf("/login"),
				Map.of("username", "fusheDrafter", "password", Staff.PASSWORD));
		assertThat(login.headers().firstValue("Location")).as("staff land on their home")
			.hasValueSatisfying(l -> assertThat(l).endsWith("/workspace"));

		String home = drafter.get("/workspace").body();
		assertThat(home).contains("工作台").contains("辐射处").contains("填写并提交记录")
			.contains("#/?task=" + desk.task(pi, ObligationProcess.TASK_EDIT_DRAFT).getId())
			.contains(obligation.subject()).contains(obligation.due().explanation())
			.doesNotContain("督查</a>").doesNotContain("公开义务一览");

		String title = "本期辐射环境质量 " + UUID.randomUUID();
		desk.draft(pi, ObligationProcess.TASK_EDIT_DRAFT, "fushe", title);
		String after = drafter.get("/workspace").body();
		assertThat(after).contains(title).contains("审核中").contains("/records/" + pi.getBusinessKey());
	}

	/** A task an administrator created by hand in Tasklist belongs to no process; the home still lists it. */
	@Test
	void aTaskOfNoProcessIsListedToo() {
		var task = engine.getTaskService().newTask();
		task.setName("整理协调会议材料 " + UUID.randomUUID().toString().substring(0, 6));
		task.setAssignee("zongliangDrafter");
		engine.getTaskService().saveTask(task);
		try {
			HttpResponse<String> home = new WebClient(port).login("zongliangDrafter").get("/workspace");
			assertThat(home.statusCode()).isEqualTo(200);
			assertThat(home.body()).contains(task.getName()).contains("独立任务").contains("已认领");
		}
		finally {
			engine.getTaskService().deleteTask(task.getId(), true);
		}
	}

	/** A draft the schedule opened names whoever has claimed it, before anything is submitted. */
	@Test
	void aScheduledDraftNamesWhoClaimedIt() {
		ProcessInstance pi = scheduled.open("radiation", "weifei");
		WebClient drafter = new WebClient(port).login("weifeiDrafter");
		String record = "/records/" + pi.getBusinessKey();
		assertThat(drafter.get(record).body()).contains("按期开启，尚未提交");
		String task = desk.task(pi, ObligationProcess.TASK_EDIT_DRAFT).getId();
		desk.staff().as("weifeiDrafter", () -> engine.getTaskService().claim(task, "weifeiDrafter"));
		assertThat(drafter.get(record).body()).contains(names.of("weifeiDrafter") + "（已认领，尚未提交）")
			.doesNotContain("按期开启");
	}

	@Test
	void aSupervisorReachesSupervisionFromTheHomeAndFromTheWebappsHeader() throws Exception {
		WebClient supervisor = new WebClient(port).login("supervisor");
		assertThat(supervisor.get("/workspace").body()).contains("href=\"/supervision\"");
		JsonNode header = json.readTree(supervisor.get("/workspace/header", "Accept", "application/json").body());
		assertThat(header.get("bureau").asText()).isNotBlank();
		assertThat(header.get("name").asText()).isEqualTo("俞振宇");
		assertThat(header.get("links")).extracting(link -> link.get("text").asText()).containsExactly("工作台", "督查");

		JsonNode drafterHeader = json.readTree(new WebClient(port).login("jianceDrafter")
			.get("/workspace/header", "Accept", "application/json")
			.body());
		assertThat(drafterHeader.get("links")).extracting(link -> link.get("text").asText()).containsExactly("工作台");
	}

	@Test
	void administratorsReadEveryOpenObligationAsAPageWithTheirSession() {
		ProcessInstance pi = scheduled.open("env-quality", "jiancezhan");
		Obligation obligation = obligations.openOfProcess(pi.getId()).get(0);
		HttpResponse<String> page = new WebClient(port).login("admin").get("/workspace/obligations");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
		assertThat(page.body()).contains("公开义务一览").contains(obligation.subject()).contains("监测站");

		assertThat(new WebClient(port).login("jianceDrafter").get("/workspace/obligations").statusCode()).isEqualTo(403);
		HttpResponse<String> anonymous = new WebClient(port).get("/workspace", "Accept", "text/html");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

}
