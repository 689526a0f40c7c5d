package cn.gongkai.record;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The life of a record from draft to a published or withheld version. */
@Service
public class RecordService {

	private final RecordRepository records;
	private final Clock clock;

	RecordService(RecordRepository records, Clock clock) {
		this.records = records;
		this.clock = clock;
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

	/** Everyone who drafted or submitted any version: none of them may review the record. */
	public boolean isAuthor(long recordId, String userId) {
		return get(recordId).drafterId().equals(userId) || records.submitters(recordId).contains(userId);
	}

	@Transactional
	public void returnToDrafter(long recordId) {
		transition(recordId, RecordStatus.IN_REVIEW, RecordStatus.RETURNED);
	}

	@Transactional
	public void publish(long recordId) {
		transition(recordId, RecordStatus.IN_REVIEW, RecordStatus.PUBLISHED);
		records.publishLatestVersion(recordId, now());
	}

	@Transactional
	public void withhold(long recordId) {
		transition(recordId, RecordStatus.IN_REVIEW, RecordStatus.WITHHELD);
	}

	/** A record not yet published that is no longer owed; a published or withheld record keeps its outcome. */
	@Transactional
	public void withdraw(long recordId) {
		Record record = records.findForUpdate(recordId).orElseThrow(() -> new RecordNotFoundException(recordId));
		if (record.status() != RecordStatus.PUBLISHED && record.status() != RecordStatus.WITHHELD) {
			records.updateStatus(recordId, RecordStatus.WITHDRAWN, now());
		}
	}

	private void transition(long recordId, RecordStatus from, RecordStatus to) {
		Record record = records.findForUpdate(recordId).orElseThrow(() -> new RecordNotFoundException(recordId));
		if (record.status() != from) {
			throw new IllegalStateException(
					"Record " + recordId + " is " + record.status() + ", expected " + from + " before " + to);
		}
		records.updateStatus(recordId, to, now());
	}

	Record lockEditable(long recordId) {
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
