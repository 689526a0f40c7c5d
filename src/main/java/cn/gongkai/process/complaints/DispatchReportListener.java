package cn.gongkai.process.complaints;

import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.process.ProcessVariables;
import cn.gongkai.process.Refusals;
import cn.gongkai.report.ReportService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 信访处 hands a public report to a unit responsible for complaints; the public lookup shows which. */
@Component("dispatchReportListener")
class DispatchReportListener implements TaskListener {

	private final Catalogue catalogue;
	private final ReportService reports;

	DispatchReportListener(Catalogue catalogue, ReportService reports) {
		this.catalogue = catalogue;
		this.reports = reports;
	}

	@Override
	public void notify(DelegateTask task) {
		Refusals.text(task, ComplaintsProcess.VAR_TITLE, "投诉事项", 180);
		Object unit = task.getVariable(ComplaintsProcess.VAR_HANDLING_UNIT);
		if (unit == null || !catalogue.type(ComplaintsProcess.KEY).units().contains(unit.toString())) {
			throw Refusals.refuse("请选择承办单位（投诉处理的责任单位之一）");
		}
		reports.dispatched(ProcessVariables.required(ComplaintsProcess.reportId(task), ComplaintsProcess.VAR_REPORT_ID), unit.toString());
	}

}
