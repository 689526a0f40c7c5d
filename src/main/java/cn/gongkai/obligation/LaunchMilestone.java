package cn.gongkai.obligation;

import java.util.List;

/** The notice's launch plan (郑环办〔2015〕146号 三), each step with the unit that answers for it. */
public enum LaunchMilestone {

	DIVISION_OF_WORK("完成工作分工", "局办公室牵头负责完成工作分工"),
	COLUMN_LAYOUT("完成官方网站版面设置", "宣教中心会同各有关单位完成我局官方网站的版面设置"),
	DATA_COMPLETE("完成官方网站数据补充和更新", "各有关单位完成我局官方网站的数据补充和更新"),
	CITY_SITE("完成市政府官方网站数据补充和更新", "宣教中心会同各有关单位配合完成市政府官方网站数据补充和更新");

	private final String title;
	private final String wording;

	LaunchMilestone(String title, String wording) {
		this.title = title;
		this.wording = wording;
	}

	public String title() {
		return title;
	}

	public String wording() {
		return wording;
	}

	/** The lead unit; {@code everyResponsibleUnit} for the step that each unit does for itself. */
	public List<String> units(List<String> everyResponsibleUnit) {
		return switch (this) {
			case DIVISION_OF_WORK -> List.of("office");
			case COLUMN_LAYOUT, CITY_SITE -> List.of("xuanjiao");
			case DATA_COMPLETE -> everyResponsibleUnit;
		};
	}

}
