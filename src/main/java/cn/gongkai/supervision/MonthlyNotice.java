package cn.gongkai.supervision;

import java.time.YearMonth;
import java.util.List;

/** The text of the month's notice, from the month's figures: the office edits it before it goes to review. */
final class MonthlyNotice {

	private MonthlyNotice() {
	}

	static NoticeDrafting.NoticeDraft of(YearMonth month, List<UnitFigures> figures) {
		String period = month.getYear() + "年" + month.getMonthValue() + "月";
		int due = figures.stream().mapToInt(UnitFigures::due).sum();
		int onTime = figures.stream().mapToInt(UnitFigures::onTime).sum();
		int late = figures.stream().mapToInt(UnitFigures::late).sum();
		int open = figures.stream().mapToInt(UnitFigures::open).sum();
		int overdue = figures.stream().mapToInt(UnitFigures::overdue).sum();
		StringBuilder body = new StringBuilder()
			.append("根据《关于推进环境保护重点领域信息公开的通知》（郑环办〔2015〕146号）要求，局办公室对")
			.append(period)
			.append("各单位环境信息公开工作进行了检查。现将有关情况通报如下：\n\n")
			.append("一、总体情况\n")
			.append("本月到期的公开事项共 ").append(due).append(" 项，按时完成 ").append(onTime).append(" 项，逾期完成 ")
			.append(late).append(" 项，尚未完成 ").append(open).append(" 项（其中已逾期 ").append(overdue).append(" 项）。\n\n")
			.append("二、工作不力的单位\n");
		List<UnitFigures> behind = figures.stream().filter(UnitFigures::fellBehind).toList();
		if (behind.isEmpty()) {
			body.append("截至通报时，各单位均无逾期事项。\n");
		}
		for (UnitFigures unit : behind) {
			body.append(unit.unitName()).append("：").append(reason(unit)).append("。\n");
		}
		body.append(behind.isEmpty() ? "\n请各单位继续指定专人负责，按时做好信息公开工作。"
				: "\n请上述单位认真整改，指定专人负责，按时做好信息公开工作。");
		return new NoticeDrafting.NoticeDraft(period + "环境信息公开工作情况通报",
				"通报" + period + "各单位环境信息公开事项的按时完成情况。", body.toString());
	}

	/** Why a unit is named: only what went past its due time, never what is open and still in time. */
	static String reason(UnitFigures unit) {
		return "到期 " + unit.due() + " 项，逾期完成 " + unit.late() + " 项，逾期未完成 " + unit.overdue() + " 项";
	}

}
