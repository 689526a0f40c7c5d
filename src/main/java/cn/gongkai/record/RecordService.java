package cn.gongkai.record;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The life of a record from draft to a published or withheld version. */
@Service
public class RecordService {

	private final RecordRepository records;
	private final ChangeRepository changes;
	private final ColumnChangeLog columnChanges;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	RecordService(RecordRepository records, ChangeRepository changes, ColumnChangeLog columnChanges, Clock clock,
			ApplicationEventPublisher events) {
		this.records = records;
		this.changes = changes;
		this.columnChanges = columnChanges;
		this.clock = clock;
		this.events = events;
	}

	@Transactional
	public long createDraft(String typeKey, String sectionKey, String unitId, String drafterId, String title) {
		var content = new DraftContent(title, null, null, null, null, false, false);
		List<String> problems = content.problemsForDraft();
		if (!problems.isEmpty()) {
			throw RecordRefusedException.of(problems);
		}
		return records.insert(typeKey, sectionKey, unitId, drafterId, title.strip(), now());
	}

	/**
	 * A new draft that alone answers {@code occasion} among its type's records; refused (by the database's unique key)
	 * when another record answers it already, so callers look with {@link #findByOccasion} first.
	 */
	@Transactional
	public long createDraftFor(String occasion, String typeKey, String sectionKey, String unitId, String drafterId,
			String title) {
		long id = createDraft(typeKey, sectionKey, unitId, drafterId, title);
		records.setOccasion(id, occasion);
		return id;
	}

	/** What a person drafted or submitted, for their home page; the latest change first. */
	public List<Record> touchedBy(String userId, int limit) {
		return records.touchedBy(userId, limit);
	}

	public Optional<Long> findByOccasion(String typeKey, String occasion) {
		return records.findByOccasion(typeKey, occasion);
	}

	public Record get(long recordId) {
		return records.find(recordId).orElseThrow(() -> new RecordNotFoundException(recordId));
	}

	/**
	 * Stores the drafter's content as a new version and sends it to review. Refused, with nothing changed, when the
	 * content is incomplete or the record is not waiting for its drafter.
	 */
	@Transactional
	public int submit(long recordId, DraftContent content, String submitterId) {
		Record record = lockEditable(recordId);
		List<String> problems = content.problemsForSubmission();
		LocalDate today = LocalDate.now(clock);
		if (content.dateFormed() != null && content.dateFormed().isAfter(today)) {
			problems.add("生成日期不能晚于今天（" + today + "）");
		}
		if (!problems.isEmpty()) {
			throw new RecordRefusedException("提交失败，请补充或修改：" + String.join("；", problems));
		}
		OffsetDateTime now = now();
		records.updateContent(record.id(), content, now);
		int versionNo = records.latestVersionNo(recordId) + 1;
		records.insertVersion(recordId, versionNo, content, submitterId, now);
		records.updateStatus(recordId, RecordStatus.IN_REVIEW, now);
		return versionNo;
	}

	/** Fills a draft the system prepared (a notice from the month's figures); the drafter completes and submits it. */
	@Transactional
	public void prefill(long recordId, DraftContent content) {
		Record record = lockEditable(recordId);
		records.updateContent(record.id(), content, now());
	}

	/**
	 * The review grade of the record's review now: the grade just decided, or the one it was reviewed at before if that
	 * was higher. Unchecking a flag on a resubmission does not let a record skip a level that already saw it.
	 */
	@Transactional
	public int settleReviewGrade(long recordId, int decided) {
		if (decided < 1 || decided > 3) {
			throw new IllegalArgumentException("Review grade must be 1, 2 or 3, not " + decided);
		}
		return records.raiseReviewGrade(recordId, decided);
	}

	/** Files an editable record under another section of the column; the caller checks the section fits the type. */
	@Transactional
	public void moveToSection(long recordId, String sectionKey) {
		Record record = lockEditable(recordId);
		if (!record.sectionKey().equals(sectionKey)) {
			records.updateSection(recordId, sectionKey, now());
		}
	}

	public int currentVersionNo(long recordId) {
		return records.latestVersionNo(recordId);
	}

	/** Who submitted the latest version: the person a return for revision goes back to. */
	public Optional<String> latestSubmitter(long recordId) {
		return records.latestSubmitter(recordId);
	}

	/** Everyone who drafted, submitted or asked to change the record: none of them may review it. */
	public boolean isAuthor(long recordId, String userId) {
		return get(recordId).drafterId().equals(userId) || records.submittedOrAskedToChange(recordId, userId);
	}

	@Transactional
	public void returnToDrafter(long recordId) {
		transition(recordId, RecordStatus.IN_REVIEW, RecordStatus.RETURNED);
	}

	/**
	 * The review chain approved. A new record, or a correction, becomes a new published version; a retraction takes
	 * the record off the column, leaving its notice at the record's address.
	 */
	@Transactional
	public void publish(long recordId) {
		Record record = records.findForUpdate(recordId).orElseThrow(() -> new RecordNotFoundException(recordId));
		if (Record.OFF_COLUMN.equals(record.sectionKey())) {
			// Never a published version: the column and its API read those, and this record is for one person only.
			transition(record, RecordStatus.IN_REVIEW, RecordStatus.APPROVED);
			return;
		}
		Optional<RecordChange> change = changes.pending(recordId);
		OffsetDateTime now = now();
		if (change.isPresent() && change.get().kind() == ChangeKind.RETRACTION) {
			transition(record, RecordStatus.IN_REVIEW, RecordStatus.RETRACTED);
			records.takeOffColumn(recordId);
			changes.decide(change.get().id(), RecordChange.Status.EFFECTIVE, null, now);
			columnChanges.append(ColumnChange.Kind.RETRACTED, recordId, change.get().previousVersionId(), null,
					change.get().id(), now);
		}
		else {
			transition(record, RecordStatus.IN_REVIEW, RecordStatus.PUBLISHED);
			long versionId = records.publishLatestVersion(recordId, now);
			records.listOnColumn(recordId, versionId);
			events.publishEvent(new VersionPublished(recordId, versionId, record.sectionKey()));
			change.ifPresent(c -> changes.decide(c.id(), RecordChange.Status.EFFECTIVE, versionId, now));
			columnChanges.append(change.isPresent() ? ColumnChange.Kind.CORRECTED : ColumnChange.Kind.PUBLISHED, recordId,
					versionId, change.map(RecordChange::previousVersionId).orElse(null),
					change.map(RecordChange::id).orElse(null), now);
		}
		events.publishEvent(new ColumnChanged(recordId));
	}

	/**
	 * The secrecy review refused publication. A change that is refused leaves the published version as it was, and
	 * the record's text as it is published.
	 */
	@Transactional
	public void withhold(long recordId) {
		Optional<RecordChange> change = changes.pending(recordId);
		if (change.isEmpty()) {
			transition(recordId, RecordStatus.IN_REVIEW, RecordStatus.WITHHELD);
			return;
		}
		endChange(recordId, change.get(), RecordChange.Status.REFUSED);
	}

	/** A record not yet published that is no longer owed; a published or withheld record keeps its outcome. */
	@Transactional
	public void withdraw(long recordId) {
		Record record = records.findForUpdate(recordId).orElseThrow(() -> new RecordNotFoundException(recordId));
		if (record.status() != RecordStatus.PUBLISHED && record.status() != RecordStatus.WITHHELD
				&& record.status() != RecordStatus.RETRACTED && record.status() != RecordStatus.APPROVED && changes.pending(recordId).isEmpty()) {
			records.updateStatus(recordId, RecordStatus.WITHDRAWN, now());
		}
	}

	/**
	 * The unit asks to correct a published record: the record opens for its drafter again, with the published text;
	 * the column keeps showing the published version until the correction passes review.
	 */
	@Transactional
	public long requestCorrection(long recordId, String reason, String requestedBy) {
		long changeId = openChange(recordId, ChangeKind.CORRECTION, reason, requestedBy);
		records.updateStatus(recordId, RecordStatus.DRAFT, now());
		return changeId;
	}

	/** The unit asks to take a published record off the column; the request itself goes to review. */
	@Transactional
	public long requestRetraction(long recordId, String reason, String requestedBy) {
		long changeId = openChange(recordId, ChangeKind.RETRACTION, reason, requestedBy);
		records.updateStatus(recordId, RecordStatus.IN_REVIEW, now());
		return changeId;
	}

	/** A retraction returned by a reviewer goes back to review with a revised reason. */
	@Transactional
	public void resubmitRetraction(long recordId, String reason) {
		RecordChange change = changes.pending(recordId)
			.filter(c -> c.kind() == ChangeKind.RETRACTION)
			.orElseThrow(() -> new RecordRefusedException("该记录没有待审核的撤回申请"));
		changes.updateReason(change.id(), checkedReason(reason));
		transition(recordId, RecordStatus.RETURNED, RecordStatus.IN_REVIEW);
	}

	/** The unit gives up its request; the published version stays as it is. */
	@Transactional
	public void cancelChange(long recordId) {
		RecordChange change = changes.pending(recordId)
			.orElseThrow(() -> new RecordRefusedException("该记录没有待处理的更正或撤回申请"));
		records.findForUpdate(recordId);
		endChange(recordId, change, RecordChange.Status.CANCELLED);
	}

	public Optional<RecordChange> pendingChange(long recordId) {
		return changes.pending(recordId);
	}

	public List<RecordChange> changes(long recordId) {
		return changes.forRecord(recordId);
	}

	private long openChange(long recordId, ChangeKind kind, String reason, String requestedBy) {
		Record record = records.findForUpdate(recordId).orElseThrow(() -> new RecordNotFoundException(recordId));
		String checked = checkedReason(reason);
		if (record.status() != RecordStatus.PUBLISHED) {
			throw new RecordRefusedException(
					"只有已公开的信息可以申请" + kind.label() + "；该记录当前状态为“" + record.status().label() + "”");
		}
		long current = records.latestPublishedVersion(recordId)
			.orElseThrow(() -> new IllegalStateException("Record " + recordId + " is PUBLISHED without a version"));
		return changes.insert(recordId, kind, checked, requestedBy, now(), current);
	}

	private static String checkedReason(String reason) {
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty()) {
			throw new RecordRefusedException("请填写更正或撤回的理由");
		}
		if (text.length() > RecordChange.REASON_MAX) {
			throw new RecordRefusedException("理由不能超过 " + RecordChange.REASON_MAX + " 个字（当前 " + text.length() + " 个）");
		}
		TextHygiene.problem("理由", text).ifPresent(problem -> {
			throw new RecordRefusedException(problem);
		});
		return text;
	}

	private void endChange(long recordId, RecordChange change, RecordChange.Status status) {
		records.restorePublishedContent(recordId, change.previousVersionId(), now());
		records.updateStatus(recordId, RecordStatus.PUBLISHED, now());
		changes.decide(change.id(), status, null, now());
		events.publishEvent(new PublishedContentRestored(recordId, change.previousVersionId()));
	}

	/** Moves the record from one status to the next under its row lock: the record as it was locked. */
	private Record transition(long recordId, RecordStatus from, RecordStatus to) {
		Record record = records.findForUpdate(recordId).orElseThrow(() -> new RecordNotFoundException(recordId));
		transition(record, from, to);
		return record;
	}

	/** The same for a record the caller has already locked. */
	private void transition(Record locked, RecordStatus from, RecordStatus to) {
		if (locked.status() != from) {
			throw new IllegalStateException(
					"Record " + locked.id() + " is " + locked.status() + ", expected " + from + " before " + to);
		}
		records.updateStatus(locked.id(), to, now());
	}

	/**
	 * The record, locked until the caller's transaction ends, if it is being drafted; what belongs to a draft (its
	 * files, its data tables) changes only under this lock, so that a submission cannot slip between a check and a write.
	 */
	public Record lockEditable(long recordId) {
		Record record = records.findForUpdate(recordId).orElseThrow(() -> new RecordNotFoundException(recordId));
		if (!record.status().editable()) {
			throw new RecordRefusedException("该记录当前状态为“" + record.status().label() + "”，不能修改");
		}
		return record;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
