package cn.gongkai.process.drafting;

import java.util.List;

/** Field keys of {@code forms/record-draft.form}, shared by every disclosure process's drafting task. */
public final class DraftForm {

	public static final String FORM_ID = "record-draft";
	public static final String TITLE = "title";
	public static final String INDEX_NO = "indexNo";
	public static final String SUMMARY = "summary";
	public static final String BODY = "body";
	public static final String DATE_FORMED = "dateFormed";
	public static final String PERSONAL_INFO = "personalInfo";
	public static final String MAJOR_CONCERN = "majorConcern";
	public static final String RETURN_COMMENT = "returnComment";
	/** The address of the record's air-quality data page, for a record that may carry a table; absent otherwise. */
	public static final String AIR_DATA_PAGE = "airDataPage";

	/** The address of the record's water data page, for a record that may carry a water table; absent otherwise. */
	public static final String WATER_DATA_PAGE = "waterDataPage";
	/** The address of the record's annual report page, for a record of the annual reports' section; absent otherwise. */
	public static final String ANNUAL_REPORT_PAGE = "annualReportPage";
	public static final String SECTION = "section";
	/** The sections of the record's type, as the select's options ({@code valuesKey}). */
	public static final String SECTION_OPTIONS = "sectionOptions";

	/** Content fields: they live in the record's table, and in the engine only while the form is open. */
	static final List<String> CONTENT = List.of(TITLE, INDEX_NO, SUMMARY, BODY, DATE_FORMED, PERSONAL_INFO, MAJOR_CONCERN,
			RETURN_COMMENT, SECTION, SECTION_OPTIONS);

	private DraftForm() {
	}

}
