package cn.gongkai.report;

import java.time.LocalDate;

import cn.gongkai.obligation.Due;
import cn.gongkai.obligation.DueRules;
import org.springframework.stereotype.Component;

/**
 * The time limits of a complaint's own steps (docs/design.md §7), before the 20 working days for publishing its
 * result: 信访处 hands a report to a unit within one working day, the unit concludes within 20 working days of
 * receiving it. The tasks carry them as due dates, the public lookup shows them.
 */
@Component
public class CaseDeadlines {

	static final int DISPATCH_WORKING_DAYS = 1;
	static final String DISPATCH_RULE = "信访处收到举报后1个工作日内交办承办单位";
	static final int HANDLING_WORKING_DAYS = 20;
	static final String HANDLING_RULE = "承办单位自交办之日起20个工作日内调查处理并办结";

	private final DueRules dueRules;

	CaseDeadlines(DueRules dueRules) {
		this.dueRules = dueRules;
	}

	public Due dispatchDue(LocalDate received) {
		return dueRules.workingDaysAfter(received, DISPATCH_WORKING_DAYS, DISPATCH_RULE);
	}

	public Due handlingDue(LocalDate dispatched) {
		return dueRules.workingDaysAfter(dispatched, HANDLING_WORKING_DAYS, HANDLING_RULE);
	}

}
