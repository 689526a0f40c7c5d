package cn.gongkai.process.drafting;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.airquality.AirQualityData;
import cn.gongkai.annualreport.AnnualReports;
import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.obligation.ObligationService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gongkai.process.ProcessVariables;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.record.DraftContent;
import cn.gongkai.record.Record;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.ReviewService;
import cn.gongkai.waterquality.WaterKind;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Fills the drafting form from the record's table. The values are task-local, so they disappear with the task: the
 * record, not the process, holds the text.
 */
@Component("loadDraftListener")
class LoadDraftListener implements TaskListener {

	private final RecordService recordService;
	private final ReviewService reviewService;
	private final Catalogue catalogue;
	private final ObjectMapper objectMapper;
	private final ObligationService obligations;

	LoadDraftListener(RecordService recordService, ReviewService reviewService, Catalogue catalogue,
			ObjectMapper objectMapper, ObligationService obligations) {
		this.recordService = recordService;
		this.reviewService = reviewService;
		this.catalogue = catalogue;
		this.objectMapper = objectMapper;
		this.obligations = obligations;
	}

	@Override
	public void notify(DelegateTask task) {
		long recordId = ReviewChainProcess.recordId(task);
		Record record = recordService.get(recordId);
		DraftContent content = record.content();
		Map<String, Object> form = new HashMap<>();
		form.put(DraftForm.TITLE, content.title());
		form.put(DraftForm.INDEX_NO, content.indexNo());
		form.put(DraftForm.SUMMARY, content.summary());
		form.put(DraftForm.BODY, ProcessVariables.longText(content.body()));
		form.put(DraftForm.DATE_FORMED, content.dateFormed() == null ? null : content.dateFormed().toString());
		form.put(DraftForm.PERSONAL_INFO, content.personalInfo());
		form.put(DraftForm.MAJOR_CONCERN, content.majorConcern());
		form.put(DraftForm.RETURN_COMMENT, reviewService.latestReturnComment(recordId));
		form.put(DraftForm.SECTION, record.sectionKey());
		List<String> sections = obligations.sectionsFor(recordId, record.typeKey());
		if (sections.contains(AirQualityData.SECTION)) {
			form.put(DraftForm.AIR_DATA_PAGE, "/records/" + recordId + "/air");
		}
		if (Arrays.stream(WaterKind.values()).anyMatch(kind -> sections.contains(kind.section()))) {
			form.put(DraftForm.WATER_DATA_PAGE, "/records/" + recordId + "/water");
		}
		if (sections.contains(AnnualReports.SECTION)) {
			form.put(DraftForm.ANNUAL_REPORT_PAGE, "/records/" + recordId + "/annual-report");
		}
		task.setVariablesLocal(form);
		task.setVariableLocal(DraftForm.SECTION_OPTIONS, SpinValues.jsonValue(sectionOptions(sections)).create());
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
