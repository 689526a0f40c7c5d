package cn.gongkai.process.change;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import cn.gongkai.obligation.Due;
import cn.gongkai.obligation.DueRules;
import cn.gongkai.record.ChangeKind;
import cn.gongkai.record.Record;
import cn.gongkai.record.RecordChange;
import cn.gongkai.record.RecordService;
import org.springframework.stereotype.Component;

/**
 * A correction or retraction is due like the information it changes: within 20 working days of the day the unit asked
 * for it, as the Regulations (article 26) give changed information to be published. The day asked for is the change's
 * own, so a return by a reviewer does not push the date back, and a new holiday arrangement recomputes it.
 */
@Component
public class ChangeDeadlines {

	static final int WORKING_DAYS = 20;

	static final String RULE = "更正、撤回自提出申请之日起20个工作日内完成（参照《政府信息公开条例》第二十六条：政府信息变更之日起20个工作日内公开）";

	private final RecordService records;
	private final DueRules dueRules;
	private final Clock clock;

	ChangeDeadlines(RecordService records, DueRules dueRules, Clock clock) {
		this.records = records;
		this.dueRules = dueRules;
		this.clock = clock;
	}

	/** The due time and its explanation of a record's pending change. */
	public Deadline of(long recordId) {
		Record record = records.get(recordId);
		RecordChange change = records.pendingChange(recordId)
			.orElseThrow(() -> new IllegalStateException("No pending change of record " + recordId));
		LocalDate asked = change.requestedAt().atZoneSameInstant(clock.getZone()).toLocalDate();
		Due due = dueRules.workingDaysAfter(asked, WORKING_DAYS, RULE);
		String title = record.title() == null ? "" : record.title();
		return new Deadline(title, Date.from(due.dueAt().toInstant()),
				"《" + title + "》的" + (change.kind() == ChangeKind.CORRECTION ? "更正" : "撤回") + "申请（" + asked
						+ " 提出，理由：" + change.reason() + "）。期限：" + due.explanation());
	}

	public record Deadline(String title, Date due, String description) {
	}

}
