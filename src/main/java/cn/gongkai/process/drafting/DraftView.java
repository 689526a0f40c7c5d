package cn.gongkai.process.drafting;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gongkai.airquality.AirQualityData;
import cn.gongkai.annualreport.AnnualReports;
import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.process.FormView;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.record.DraftContent;
import cn.gongkai.record.Record;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.ReviewService;
import cn.gongkai.waterquality.WaterKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The drafting form filled from the record's table each time it is read: the record, not the process, holds the
 * text. What the drafter submits is read by {@link SubmitDraftListener} and stored in the record.
 */
@Component
class DraftView implements FormView {

	private final RecordService recordService;
	private final ReviewService reviewService;
	private final Catalogue catalogue;
	private final ObjectMapper objectMapper;
	private final ObligationService obligations;

	DraftView(RecordService recordService, ReviewService reviewService, Catalogue catalogue, ObjectMapper objectMapper,
			ObligationService obligations) {
		this.recordService = recordService;
		this.reviewService = reviewService;
		this.catalogue = catalogue;
		this.objectMapper = objectMapper;
		this.obligations = obligations;
	}

	@Override
	public Set<String> forms() {
		return Set.of(DraftForm.FORM_ID);
	}

	@Override
	public Map<String, TypedValue> of(DelegateTask task) {
		long recordId = ReviewChainProcess.recordId(task);
		Record record = recordService.get(recordId);
		DraftContent content = record.content();
		Map<String, TypedValue> form = new HashMap<>();
		// Never stored, so a body is not bound by the 4,000 characters of a stored text variable.
		form.put(DraftForm.TITLE, Variables.stringValue(content.title()));
		form.put(DraftForm.INDEX_NO, Variables.stringValue(content.indexNo()));
		form.put(DraftForm.SUMMARY, Variables.stringValue(content.summary()));
		form.put(DraftForm.BODY, Variables.stringValue(content.body()));
		form.put(DraftForm.DATE_FORMED,
				Variables.stringValue(content.dateFormed() == null ? null : content.dateFormed().toString()));
		form.put(DraftForm.PERSONAL_INFO, Variables.booleanValue(content.personalInfo()));
		form.put(DraftForm.MAJOR_CONCERN, Variables.booleanValue(content.majorConcern()));
		form.put(DraftForm.RETURN_COMMENT, Variables.stringValue(reviewService.latestReturnComment(recordId)));
		form.put(DraftForm.SECTION, Variables.stringValue(record.sectionKey()));
		List<String> sections = obligations.sectionsFor(recordId, record.typeKey());
		if (sections.contains(AirQualityData.SECTION)) {
			form.put(DraftForm.AIR_DATA_PAGE, Variables.stringValue("/records/" + recordId + "/air"));
		}
		if (Arrays.stream(WaterKind.values()).anyMatch(kind -> sections.contains(kind.section()))) {
			form.put(DraftForm.WATER_DATA_PAGE, Variables.stringValue("/records/" + recordId + "/water"));
		}
		if (sections.contains(AnnualReports.SECTION)) {
			form.put(DraftForm.ANNUAL_REPORT_PAGE, Variables.stringValue("/records/" + recordId + "/annual-report"));
		}
		form.put(DraftForm.SECTION_OPTIONS, SpinValues.jsonValue(sectionOptions(sections)).create());
		return form;
	}

	private String sectionOptions(List<String> sections) {
		List<Map<String, String>> options = sections
			.stream()
			.map(key -> Map.of("value", key, "label", catalogue.section(key).orElseThrow().name()))
			.toList();
		try {
			return objectMapper.writeValueAsString(options);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
