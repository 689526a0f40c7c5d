package cn.gongkai.process.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.record.DraftContent;
import cn.gongkai.record.RecordService;
import cn.gongkai.supervision.NoticeDrafting;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office's notice becomes a record of the office and starts its way through drafting and review. */
@Service
class SupervisionNoticeDrafting implements NoticeDrafting {

	private final RecordService records;
	private final RuntimeService runtimeService;
	private final Clock clock;

	SupervisionNoticeDrafting(RecordService records, RuntimeService runtimeService, Clock clock) {
		this.records = records;
		this.runtimeService = runtimeService;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Drafted draft(YearMonth month, NoticeDraft draft, String requestedBy) {
		Optional<Long> existing = records.findByOccasion(SupervisionNoticeProcess.KEY, month.toString());
		if (existing.isPresent()) {
			return new Drafted(existing.get(), false);
		}
		long recordId = records.createDraftFor(month.toString(), SupervisionNoticeProcess.KEY,
				SupervisionNoticeProcess.SECTION, SupervisionNoticeProcess.OFFICE, requestedBy, draft.title());
		records.prefill(recordId, new DraftContent(draft.title(), null, draft.summary(), draft.body(), LocalDate.now(clock),
				false, false));
		runtimeService.createProcessInstanceByKey(SupervisionNoticeProcess.KEY)
			.businessKey(String.valueOf(recordId))
			.setVariable(ReviewChainProcess.VAR_RECORD_ID, recordId)
			.setVariable(ReviewChainProcess.VAR_UNIT_ID, SupervisionNoticeProcess.OFFICE)
			.setVariable(ReviewChainProcess.VAR_TYPE_KEY, SupervisionNoticeProcess.KEY)
			.setVariable(ObligationProcess.VAR_DRAFTER, null)
			.execute();
		return new Drafted(recordId, true);
	}

}
