package cn.gongkai.process.drafting;

import java.util.List;

import java.time.LocalDate;

import cn.gongkai.annualreport.AnnualReports;
import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.process.Actors;
import cn.gongkai.process.Refusals;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.record.Days;
import cn.gongkai.record.DraftContent;
import cn.gongkai.record.Record;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.TextHygiene;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of the drafting task: validates and stores a new version, or refuses with nothing changed. */
@Component("submitDraftListener")
class SubmitDraftListener implements TaskListener {

	private final RecordService recordService;
	private final Catalogue catalogue;
	private final ObligationService obligations;
	private final AnnualReports annualReports;

	SubmitDraftListener(RecordService recordService, Catalogue catalogue, ObligationService obligations,
			AnnualReports annualReports) {
		this.recordService = recordService;
		this.catalogue = catalogue;
		this.obligations = obligations;
		this.annualReports = annualReports;
	}

	@Override
	public void notify(DelegateTask task) {
		long recordId = ReviewChainProcess.recordId(task);
		Record record = recordService.get(recordId);
		// A field the submission leaves out keeps the record's value: the form is filled from the record, not stored.
		DraftContent kept = record.content();
		DraftContent content = new DraftContent(text(task, DraftForm.TITLE, kept.title()),
				text(task, DraftForm.INDEX_NO, kept.indexNo()), text(task, DraftForm.SUMMARY, kept.summary()),
				text(task, DraftForm.BODY, kept.body()), date(task, kept.dateFormed()),
				flag(task, DraftForm.PERSONAL_INFO, kept.personalInfo()),
				flag(task, DraftForm.MAJOR_CONCERN, kept.majorConcern()));
		// A date left as it was (a correction of a record published before the rule) is not judged again.
		if (content.dateFormed() != null && !content.dateFormed().equals(record.dateFormed())) {
			obligations.earliestDateFormed(recordId)
				.filter(earliest -> content.dateFormed().isBefore(earliest.day()))
				.ifPresent(earliest -> {
					throw Refusals.refuse("提交失败，请补充或修改：生成日期不能早于" + earliest.what() + "（" + earliest.day() + "）");
				});
		}
		String section = text(task, DraftForm.SECTION, null);
		if (section != null && !section.isBlank()) {
			List<String> allowed = obligations.sectionsFor(recordId, record.typeKey());
			if (!allowed.contains(section)) {
				throw Refusals.refuse("栏目无效：该记录只能发布到" + String.join("、", allowed.stream()
					.map(key -> "“" + catalogue.section(key).orElseThrow().name() + "”")
					.toList()));
			}
			recordService.moveToSection(recordId, section);
		}
		String filedIn = section != null && !section.isBlank() ? section : record.sectionKey();
		if (AnnualReports.SECTION.equals(filedIn) && annualReports.current(recordId).isEmpty()) {
			throw Refusals.refuse("提交失败：请先在年度报告数据页面填写并保存年度报告的各部分和表格");
		}
		String submitter = Actors.actingUser(task);
		recordService.submit(recordId, content, submitter);
		var execution = task.getExecution();
		// A return for revision comes back to whoever submitted.
		execution.setVariable(ObligationProcess.VAR_DRAFTER, submitter);
		// A form may have written the content to the process scope; the record table is its only home.
		execution.removeVariables(DraftForm.CONTENT);
	}

	private static String text(DelegateTask task, String name, String kept) {
		if (!task.hasVariable(name)) {
			return kept;
		}
		Object value = task.getVariable(name);
		if (value != null && !(value instanceof String)) {
			throw Refusals.refuse("字段“" + name + "”应为文本");
		}
		return (String) value;
	}

	private static boolean flag(DelegateTask task, String name, boolean kept) {
		if (!task.hasVariable(name)) {
			return kept;
		}
		Object value = task.getVariable(name);
		return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
	}

	private static LocalDate date(DelegateTask task, LocalDate kept) {
		if (!task.hasVariable(DraftForm.DATE_FORMED)) {
			return kept;
		}
		Object value = task.getVariable(DraftForm.DATE_FORMED);
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		return Days.parse(value.toString())
			.orElseThrow(() -> Refusals.refuse("生成日期无法识别：“" + TextHygiene.printable(value.toString())
					+ "”，请按 2026-12-07 或 2026/12/7 的格式填写"));
	}

}
