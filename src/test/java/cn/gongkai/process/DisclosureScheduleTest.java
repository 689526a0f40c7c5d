package cn.gongkai.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.gongkai.obligation.Obligation;
import cn.gongkai.process.drafting.DraftForm;
import cn.gongkai.process.obligation.DisclosureScheduleProcess;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.process.obligation.ScheduledStarts;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.RecordStatus;
import cn.gongkai.support.Desk;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.SecondNode;
import cn.gongkai.support.Staff;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hourly schedule opens exactly one obligation per (type, unit), or per (type, unit, section) where the type owes
 * each section, on the 1st and the 16th, with its own process instance, whatever runs the schedule again: the next
 * hour, a restarted node, or a second node at the same moment.
 */
@GongkaiTest
class DisclosureScheduleTest {

	/** Each monitoring unit owes each of its type's three sections; the other types one record per unit. */
	static final List<String> TWICE_MONTHLY = List.of("env-quality/jiance/air-quality", "env-quality/jiance/water-quality",
			"env-quality/jiance/drinking-water", "env-quality/jiancezhan/air-quality",
			"env-quality/jiancezhan/water-quality", "env-quality/jiancezhan/drinking-water", "enforcement/zhengfa",
			"enforcement/zhidui", "enforcement/jingkai", "enforcement/jidongche", "enforcement/weifei", "radiation/fushe",
			"radiation/weifei");

	@Autowired
	ProcessEngine engine;

	@Autowired
	ScheduledStarts scheduledStarts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	cn.gongkai.obligation.ObligationService obligations;

	@Autowired
	RecordService records;

	@Autowired
	cn.gongkai.obligation.DueRules dueRules;

	@Test
	void onThe16thEveryTwiceMonthlyTypeOpensOneObligationPerUnitDueAtTheEndOfThe30th() {
		Desk.clockAt("2026-11-16T00:00:30+08:00");
		runScheduleJob();

		List<Obligation> opened = obligationsOf("2026-11-2");
		assertThat(opened).extracting(DisclosureScheduleTest::owed).containsExactlyInAnyOrderElementsOf(TWICE_MONTHLY);
		assertThat(opened).filteredOn(o -> "air-quality".equals(o.sectionKey()))
			.extracting(Obligation::subject)
			.containsOnly("2026年11月下半月空气质量");
		for (Obligation o : opened) {
			assertThat(o.due().dueAt()).isEqualTo(OffsetDateTime.parse("2026-11-30T23:59:59+08:00"));
			assertThat(o.due().explanation()).isEqualTo("每月30日前更新：截止 2026-11-30");
			assertThat(o.subject()).startsWith("2026年11月下半月");
			assertOneInstanceWithItsTask(o);
		}

		// The next hourly run, and the check once more from a fresh start, add nothing.
		Desk.clockAt("2026-11-16T01:00:30+08:00");
		runScheduleJob();
		scheduledStarts.openDue();
		assertThat(obligationsOf("2026-11-2")).hasSize(TWICE_MONTHLY.size());
		opened.forEach(this::assertOneInstanceWithItsTask);
	}

	@Test
	void februarysSecondCycleIsDueOnItsLastDay() {
		Desk.clockAt("2027-02-16T08:00:00+08:00");
		scheduledStarts.openDue();
		assertThat(obligationsOf("2027-02-2")).hasSize(TWICE_MONTHLY.size()).allSatisfy(o -> {
			assertThat(o.due().dueAt()).isEqualTo(OffsetDateTime.parse("2027-02-28T23:59:59+08:00"));
			assertThat(o.due().explanation()).isEqualTo("每月30日前更新（2月无30日，为月末）：截止 2027-02-28");
		});
	}

	/** Due on 31 March as configured, but the annual report on 31 January, the day the Regulations fix. */
	@Test
	void theYearlyTypesOpenOnTheirDayDueOn31MarchAndTheAnnualReportOn31January() {
		Desk.clockAt("2027-01-01T00:00:30+08:00");
		scheduledStarts.openDue();
		List<Obligation> yearly = obligationsOf("2027");
		assertThat(yearly).extracting(o -> o.typeKey() + "/" + o.unitId())
			.containsExactlyInAnyOrder("emission-totals/zongliang", "key-enterprises/zongliang", "annual-report/office");
		assertThat(yearly).allSatisfy(o -> {
			assertThat(o.due().dueAt()).isEqualTo(OffsetDateTime.parse(o.typeKey().equals("annual-report")
					? "2027-01-31T23:59:59+08:00" : "2027-03-31T23:59:59+08:00"));
			assertThat(o.subject()).startsWith("2026年度");
			assertOneInstanceWithItsTask(o);
		});
	}

	@Test
	void nothingOpensBeforeTheConfiguredStart() {
		Desk.clockAt("2026-09-10T12:00:00+08:00");
		assertThat(scheduledStarts.openDue()).isEmpty();
		assertThat(obligationsOf("2026-09-1")).isEmpty();
	}

	@Test
	void twoNodesCheckingAtTheSameMomentOpenEachObligationOnce() throws Exception {
		Desk.clockAt("2027-03-01T00:00:30+08:00");
		// The yearly obligations of 2027 open too, unless another test opened them already.
		int yearlyBefore = obligationsOf("2027").size();
		try (SecondNode second = SecondNode.start()) {
			assertThat(second.bean(ProcessEngine.class).getName()).isNotEqualTo(engine.getName());
			List<ScheduledStarts> nodes = List.of(scheduledStarts, second.bean(ScheduledStarts.class));
			ExecutorService pool = Executors.newFixedThreadPool(2);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Integer>> runs = new ArrayList<>();
			for (ScheduledStarts node : nodes) {
				runs.add(pool.submit(() -> {
					go.await();
					return node.openDue().size();
				}));
			}
			go.countDown();
			int started = 0;
			for (Future<Integer> run : runs) {
				try {
					started += run.get(60, TimeUnit.SECONDS);
				}
				catch (java.util.concurrent.ExecutionException ex) {
					// The slower node's transaction meets the unique constraint and rolls back whole.
					assertThat(ex.getCause()).isInstanceOf(DuplicateKeyException.class);
				}
			}
			pool.shutdown();
			assertThat(started).isEqualTo(TWICE_MONTHLY.size() + 3 - yearlyBefore);

			// The second node, checking again later, finds everything open.
			Desk.clockAt("2027-03-01T01:00:30+08:00");
			assertThat(second.bean(ScheduledStarts.class).openDue()).isEmpty();
		}
		List<Obligation> opened = obligationsOf("2027-03-1");
		assertThat(opened).extracting(DisclosureScheduleTest::owed).containsExactlyInAnyOrderElementsOf(TWICE_MONTHLY);
		opened.forEach(this::assertOneInstanceWithItsTask);
		assertThat(obligationsOf("2027")).hasSize(3).allSatisfy(this::assertOneInstanceWithItsTask);
	}

	/** A unit that owes water quality files that record under 水环境质量, and cannot move it elsewhere. */
	@Test
	void anObligationOwedInOneSectionFilesItsRecordThere() {
		Desk.clockAt("2027-05-16T00:00:30+08:00");
		runScheduleJob();
		Obligation water = obligationsOf("2027-05-2").stream()
			.filter(o -> o.unitId().equals("jiance") && "water-quality".equals(o.sectionKey()))
			.findFirst()
			.orElseThrow();
		Desk desk = new Desk(engine);
		var pi = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(water.processInstanceId())
			.singleResult();
		assertThat(records.get(obligations.get(water.id()).recordId()).sectionKey()).isEqualTo("water-quality");
		var task = desk.task(pi, ObligationProcess.TASK_EDIT_DRAFT);
		assertThat(engine.getFormService().getTaskFormVariables(task.getId()).get(DraftForm.SECTION_OPTIONS).toString())
			.contains("water-quality")
			.doesNotContain("air-quality");
		java.util.Map<String, Object> form = new java.util.HashMap<>(Staff.draft("2027年5月下半月水环境质量", false, false));
		form.put(DraftForm.SECTION, "air-quality");
		assertThatThrownBy(() -> desk.complete(pi, ObligationProcess.TASK_EDIT_DRAFT, "jianceDrafter", form))
			.hasMessageContaining("栏目无效：该记录只能发布到“水环境质量”");
		form.put(DraftForm.SECTION, "water-quality");
		desk.complete(pi, ObligationProcess.TASK_EDIT_DRAFT, "jianceDrafter", form);
		assertThat(records.get(obligations.get(water.id()).recordId()).status()).isEqualTo(RecordStatus.IN_REVIEW);
	}

	/** A unit that still owes the period's one record (opened before sections were owed apart) owes only that. */
	@Test
	void aUnitStillOwingThePeriodsOneRecordIsNotGivenOnePerSectionToo() {
		Desk.clockAt("2027-07-01T00:00:10+08:00");
		obligations.openForEvent("env-quality", "jiance", "2027-07-1", "2027年7月上半月空气和水环境质量信息",
				dueRules.fixedDay(java.time.LocalDate.of(2027, 7, 15), "每月15日前更新"));
		Desk.clockAt("2027-07-01T00:00:30+08:00");
		runScheduleJob();
		assertThat(obligationsOf("2027-07-1")).filteredOn(o -> o.typeKey().equals("env-quality"))
			.extracting(DisclosureScheduleTest::owed)
			.containsExactlyInAnyOrder("env-quality/jiance", "env-quality/jiancezhan/air-quality",
					"env-quality/jiancezhan/water-quality", "env-quality/jiancezhan/drinking-water");
	}

	private void runScheduleJob() {
		Job job = engine.getManagementService()
			.createJobQuery()
			.processDefinitionKey(DisclosureScheduleProcess.KEY)
			.timers()
			.singleResult();
		engine.getManagementService().executeJob(job.getId());
	}

	private static String owed(Obligation o) {
		return o.typeKey() + "/" + o.unitId() + (o.sectionKey() == null ? "" : "/" + o.sectionKey());
	}

	/** The obligations of a period, those owed per section ("2026-11-2/air-quality") included. */
	private List<Obligation> obligationsOf(String occasion) {
		return jdbc.sql("SELECT id FROM gk_obligation WHERE occasion = :occasion OR occasion LIKE :perSection")
			.param("occasion", occasion)
			.param("perSection", occasion + "/%")
			.query(Long.class)
			.list()
			.stream()
			.map(obligations::get)
			.toList();
	}

	private void assertOneInstanceWithItsTask(Obligation o) {
		assertThat(engine.getRuntimeService()
			.createProcessInstanceQuery()
			.variableValueEquals(ObligationProcess.VAR_OBLIGATION_ID, o.id())
			.list()).singleElement().satisfies(pi -> assertThat(pi.getId()).isEqualTo(o.processInstanceId()));
		var task = engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(o.processInstanceId())
			.taskDefinitionKey(ObligationProcess.TASK_EDIT_DRAFT)
			.singleResult();
		assertThat(task.getDueDate().toInstant()).isEqualTo(o.due().dueAt().toInstant());
		assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
			.anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(o.unitId() + "-drafter"));
	}

}
