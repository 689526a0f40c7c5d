package cn.gongkai.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import cn.gongkai.obligation.ObligationService;
import cn.gongkai.obligation.ObligationStatus;
import cn.gongkai.record.PublishedRecord;
import cn.gongkai.record.PublishedRecords;
import org.springframework.stereotype.Component;

/** What became of a report's case, read from the owners of obligations and published records. */
@Component
class CaseOutcomes {

	static final String COMPLAINTS = "complaints";

	private final ObligationService obligations;
	private final PublishedRecords published;

	CaseOutcomes(ObligationService obligations, PublishedRecords published) {
		this.obligations = obligations;
		this.published = published;
	}

	/** The result's obligation, once the handling unit concluded: where it stands, and the published version. */
	record Outcome(ObligationStatus status, LocalDate concludedOn, OffsetDateTime due, Long publishedVersionId,
			OffsetDateTime publishedAt) {
	}

	Optional<Outcome> of(String processInstanceId) {
		return obligations.ofProcess(COMPLAINTS, processInstanceId).map(o -> {
			Long version = o.status() == ObligationStatus.PUBLISHED && o.recordId() != null
					? published.latestVersionId(o.recordId()).orElse(null) : null;
			// The result is due a period after the conclusion: the period's first day is the day concluded.
			return new Outcome(o.status(), o.due().baseDay(), o.due().dueAt(), version,
					version == null ? null : published.find(version).map(PublishedRecord::publishedAt).orElse(null));
		});
	}

}
