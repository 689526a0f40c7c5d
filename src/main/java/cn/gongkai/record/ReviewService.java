package cn.gongkai.record;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the review record of each decision, after the rules of 分级审核 and 保密审查 allow it. The four-eyes rule lives
 * here, not in a form, so that every way of completing a task is held to it.
 */
@Service
public class ReviewService {

	static final int TEXT_MAX = 2000;

	private final RecordService recordService;
	private final ReviewRepository reviews;
	private final Clock clock;

	ReviewService(RecordService recordService, ReviewRepository reviews, Clock clock) {
		this.recordService = recordService;
		this.reviews = reviews;
		this.clock = clock;
	}

	@Transactional
	public void decide(long recordId, ReviewLevel level, String reviewerId, ReviewDecision decision, String comment) {
		if (decision == null) {
			throw new RecordRefusedException("请选择审核结论（同意或退回修改）");
		}
		if (decision == ReviewDecision.RETURN && isBlank(comment)) {
			throw new RecordRefusedException("退回修改时必须填写审核意见");
		}
		checkLength(comment, "审核意见");
		checkFourEyes(recordId, level, reviewerId, decision == ReviewDecision.APPROVE);
		reviews.insert(recordId, recordService.currentVersionNo(recordId), level, reviewerId, decision.name(), null,
				null, blankToNull(comment), now());
	}

	@Transactional
	public void decideSecrecy(long recordId, ReviewLevel level, String reviewerId, SecrecyOutcome outcome,
			LegalBasis legalBasis, String basis, String conclusion) {
		if (level != ReviewLevel.SECRECY && level != ReviewLevel.SECRECY_OFFICE) {
			throw new IllegalArgumentException("Not a secrecy level: " + level);
		}
		if (outcome == null) {
			throw new RecordRefusedException("请选择保密审查结论");
		}
		if (outcome == SecrecyOutcome.REFER && level == ReviewLevel.SECRECY_OFFICE) {
			throw new RecordRefusedException("保密办审查不能再次提请保密办审查");
		}
		if (outcome == SecrecyOutcome.WITHHOLD && legalBasis == null) {
			throw new RecordRefusedException("不予公开时必须选择法律依据（条例第十四、十五或十六条）");
		}
		if (isBlank(basis)) {
			throw new RecordRefusedException("请填写审查依据");
		}
		if (isBlank(conclusion)) {
			throw new RecordRefusedException("请填写审查意见");
		}
		checkLength(basis, "审查依据");
		checkLength(conclusion, "审查意见");
		checkFourEyes(recordId, level, reviewerId, outcome == SecrecyOutcome.PUBLISH);
		reviews.insert(recordId, recordService.currentVersionNo(recordId), level, reviewerId, outcome.name(),
				outcome == SecrecyOutcome.WITHHOLD ? legalBasis : null, basis.strip(), conclusion.strip(), now());
	}

	public List<ReviewEntry> history(long recordId) {
		return reviews.forRecord(recordId);
	}

	/** The newest comment a reviewer sent back to the drafter, if the record is waiting for a revision. */
	public String latestReturnComment(long recordId) {
		List<ReviewEntry> entries = reviews.forRecord(recordId);
		for (int i = entries.size() - 1; i >= 0; i--) {
			ReviewEntry e = entries.get(i);
			if (ReviewDecision.RETURN.name().equals(e.decision())) {
				return e.level().label() + "：" + e.conclusion();
			}
			if (SecrecyOutcome.PARTIAL.name().equals(e.decision())) {
				return e.level().label() + "（需删减）：" + e.conclusion();
			}
			// A finished review (before a correction was asked for) says nothing about the draft now open.
			if (SecrecyOutcome.PUBLISH.name().equals(e.decision()) || SecrecyOutcome.WITHHOLD.name().equals(e.decision())) {
				return null;
			}
		}
		return null;
	}

	private void checkFourEyes(long recordId, ReviewLevel level, String reviewerId, boolean approving) {
		if (reviewerId == null) {
			throw new RecordRefusedException("无法确定审核人，请先登录并认领任务");
		}
		if (recordService.isAuthor(recordId, reviewerId)) {
			throw new RecordRefusedException("四眼原则：您是该记录的起草人，不能审核自己起草的记录");
		}
		if (!approving) {
			return;
		}
		for (ReviewEntry entry : reviews.forRecord(recordId)) {
			if (entry.reviewerId().equals(reviewerId) && entry.level() != level && entry.approving()) {
				throw new RecordRefusedException(
						"四眼原则：您已在“" + entry.level().label() + "”环节同意过该记录，不能再在“" + level.label() + "”环节同意");
			}
		}
	}

	private static void checkLength(String value, String label) {
		if (value != null && value.length() > TEXT_MAX) {
			throw new RecordRefusedException(label + "不能超过" + TEXT_MAX + "个字符");
		}
		TextHygiene.problem(label, value).ifPresent(problem -> {
			throw new RecordRefusedException(problem);
		});
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String blankToNull(String value) {
		return isBlank(value) ? null : value.strip();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
