package cn.gongkai.process.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.process.obligation.EventObligations;
import cn.gongkai.process.obligation.ScheduledStarts;
import cn.gongkai.record.DraftContent;
import cn.gongkai.record.RecordService;
import cn.gongkai.supervision.NoticeDrafting;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's notice is an obligation of the office like any other (due within the catalogue's period after it is
 * drafted): its record is prepared from the month's figures, and {@code fulfil-obligation} takes it through the
 * office's drafting, graded review and secrecy review, with a due date and the escalation ladder.
 */
@Service
class SupervisionNoticeDrafting implements NoticeDrafting {

	static final String TYPE = "supervision-notice";
	static final String SECTION = "supervision-notices";
	static final String OFFICE = "office";

	private final RecordService records;
	private final ObligationService obligations;
	private final EventObligations events;
	private final ScheduledStarts starts;
	private final Clock clock;

	SupervisionNoticeDrafting(RecordService records, ObligationService obligations, EventObligations events,
			ScheduledStarts starts, Clock clock) {
		this.records = records;
		this.obligations = obligations;
		this.events = events;
		this.starts = starts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Drafted draft(YearMonth month, NoticeDraft draft, String requestedBy) {
		Optional<Long> existing = records.findByOccasion(TYPE, month.toString());
		if (existing.isPresent()) {
			return new Drafted(existing.get(), false);
		}
		LocalDate today = LocalDate.now(clock);
		long recordId = records.createDraftFor(month.toString(), TYPE, SECTION, OFFICE, requestedBy, draft.title());
		records.prefill(recordId, new DraftContent(draft.title(), null, draft.summary(), draft.body(), today, false, false));
		Obligation obligation = obligations
			.openForEvent(TYPE, OFFICE, "month:" + month, draft.title(), events.eventPeriodAfter(TYPE, today))
			.orElseThrow();
		obligations.attachRecord(obligation.id(), recordId);
		starts.start(obligation);
		return new Drafted(recordId, true);
	}

}
