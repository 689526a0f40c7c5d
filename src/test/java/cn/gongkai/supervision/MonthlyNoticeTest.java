package cn.gongkai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The notice's text names only units that fell behind, and asks them, not everyone, to put things right. */
class MonthlyNoticeTest {

	@Test
	void withNobodyBehindItNamesNobodyAndAsksNobodyToPutThingsRight() {
		String body = MonthlyNotice.of(YearMonth.of(2031, 7),
				List.of(new UnitFigures("jiance", "监测处", 2, 2, 0, 0, 0))).body();
		assertThat(body).contains("各单位均无逾期事项").contains("请各单位继续").doesNotContain("上述单位").doesNotContain("监测处");
	}

	@Test
	void aUnitThatMetSomethingLateIsNamedWithItsReason() {
		String body = MonthlyNotice.of(YearMonth.of(2031, 7), List.of(new UnitFigures("jiance", "监测处", 2, 2, 0, 0, 0),
				new UnitFigures("zhidui", "市环境监察支队", 3, 1, 1, 1, 0))).body();
		assertThat(body).contains("市环境监察支队：到期 3 项，逾期完成 1 项").contains("请上述单位认真整改")
			.doesNotContain("监测处：");
	}

}
