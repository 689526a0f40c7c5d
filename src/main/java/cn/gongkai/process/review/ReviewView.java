package cn.gongkai.process.review;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gongkai.airquality.AirQualityData;
import cn.gongkai.annualreport.AnnualReports;
import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.PersonNames;
import cn.gongkai.process.FormView;
import cn.gongkai.record.Attachment;
import cn.gongkai.record.AttachmentService;
import cn.gongkai.record.Record;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.ReviewEntry;
import cn.gongkai.record.ReviewService;
import cn.gongkai.waterquality.WaterQualityData;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * A review is done on one screen: the review forms show the record read-only (disabled fields, which the form does
 * not submit and the server would refuse), with what the drafter's flags do to the grade and the earlier decisions.
 * Written from the record's tables each time a form is read, never stored in the process.
 */
@Component
class ReviewView implements FormView {

	private static final Set<String> FORMS = Set.of(ReviewChainProcess.FORM_REVIEW_DECISION,
			ReviewChainProcess.FORM_SECRECY_REVIEW, ReviewChainProcess.FORM_SECRECY_OFFICE_REVIEW);

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final RecordService records;
	private final AttachmentService attachments;
	private final ReviewService reviews;
	private final Organization organization;
	private final Catalogue catalogue;
	private final PersonNames names;
	private final Clock clock;

	private final AirQualityData airData;
	private final WaterQualityData waterData;
	private final AnnualReports annualReports;

	ReviewView(RecordService records, AttachmentService attachments, ReviewService reviews,
			Organization organization, Catalogue catalogue, PersonNames names, Clock clock, AirQualityData airData,
			WaterQualityData waterData, AnnualReports annualReports) {
		this.records = records;
		this.attachments = attachments;
		this.reviews = reviews;
		this.organization = organization;
		this.catalogue = catalogue;
		this.names = names;
		this.clock = clock;
		this.airData = airData;
		this.waterData = waterData;
		this.annualReports = annualReports;
	}

	@Override
	public Set<String> forms() {
		return FORMS;
	}

	@Override
	public Map<String, TypedValue> of(DelegateTask task) {
		Map<String, TypedValue> values = new HashMap<>();
		// Never stored, so not bound by the 4,000 characters of a stored text variable.
		texts(ReviewChainProcess.recordId(task), ReviewChainProcess.grade(task))
			.forEach((key, text) -> values.put(key, Variables.stringValue(text)));
		return values;
	}

	/** The form's read-only fields, by variable name, for the record under review at this grade. */
	private Map<String, String> texts(long recordId, int grade) {
		Record record = records.get(recordId);
		Map<String, String> view = new HashMap<>();
		view.put(ReviewChainProcess.VIEW_TITLE, record.title());
		view.put(ReviewChainProcess.VIEW_SOURCE, organization.unitNames().getOrDefault(record.unitId(), record.unitId()) + " · "
				+ catalogue.type(record.typeKey()).name() + " · 第 " + records.currentVersionNo(record.id()) + " 稿 · 起草人 "
				+ names.of(records.latestSubmitter(record.id()).orElse(record.drafterId())));
		view.put(ReviewChainProcess.VIEW_CATALOGUE, "索引号 " + orNone(record.indexNo()) + " · 生成日期 "
				+ (record.dateFormed() == null ? "（未填写）" : record.dateFormed().toString()));
		view.put(ReviewChainProcess.VIEW_SUMMARY, orNone(record.summary()));
		view.put(ReviewChainProcess.VIEW_BODY, orNone(record.body()));
		List<Attachment> files = attachments.list(record.id());
		view.put(ReviewChainProcess.VIEW_ATTACHMENTS, files.isEmpty() ? "无附件"
				: files.stream().map(a -> a.fileName() + "（" + a.sizeLabel() + "）").collect(Collectors.joining("；")));
		view.put(ReviewChainProcess.VIEW_FLAGS, flags(record, grade));
		view.put(ReviewChainProcess.VIEW_HISTORY, history(record.id()));
		// The whole table the reviewer approves.
		if (AirQualityData.publishesData(record)) {
			view.put(ReviewChainProcess.VIEW_DATA, airData.current(record.id())
				.map(airData::forReview)
				.orElse("未上传监测数据表：本记录只有文字内容。"));
		}
		waterData.reviewSummary(record).ifPresent(text -> view.put(ReviewChainProcess.VIEW_DATA, text));
		if (AnnualReports.carriesReport(record)) {
			annualReports.current(record.id())
				.ifPresent(report -> view.put(ReviewChainProcess.VIEW_DATA, annualReports.forReview(report)));
		}
		return view;
	}

	private static String flags(Record record, int grade) {
		String required = switch (grade) {
			case 1 -> "处室负责人";
			case 2 -> "处室负责人、分管领导";
			default -> "处室负责人、分管领导、局主要领导";
		};
		return "涉及个人信息：" + (record.personalInfo() ? "是（审核等级至少二级）" : "否") + "；涉及重大社会关注："
				+ (record.majorConcern() ? "是（须局主要领导审核）" : "否") + "。审核等级：" + grade + " 级，由" + required
				+ "审核，再经保密审查。";
	}

	private String history(long recordId) {
		List<ReviewEntry> entries = reviews.history(recordId);
		if (entries.isEmpty()) {
			return "尚无审核记录。";
		}
		return entries.stream()
			.map(e -> MINUTE.format(e.decidedAt().atZoneSameInstant(clock.getZone())) + " 第 " + e.versionNo() + " 稿 "
					+ e.level().label() + " " + names.of(e.reviewerId()) + "：" + e.decisionLabel()
					+ (e.conclusion() == null || e.conclusion().isBlank() ? "" : "。" + e.conclusion()))
			.collect(Collectors.joining("\n"));
	}

	private static String orNone(String text) {
		return text == null || text.isBlank() ? "（未填写）" : text;
	}

}
