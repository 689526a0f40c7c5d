package cn.gongkai.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Days as staff type them; nothing is guessed (the form's old date picker read 2026-12-07 as 2027-08-06). */
class DaysTest {

	@ParameterizedTest
	@ValueSource(strings = { "2026-12-07", "2026/12/7", "2026.12.07", "2026年12月7日", " 2026-12-7 ", "2026-12-07T00:00:00",
			"2026 / 12 / 7" })
	void everyWayOfWritingTheSeventhOfDecemberIsTheSeventhOfDecember(String typed) {
		assertThat(Days.parse(typed)).contains(LocalDate.of(2026, 12, 7));
	}

	@ParameterizedTest
	@ValueSource(strings = { "12/07/2026", "07.12.2026", "2026-13-01", "2026-02-30", "2026-12", "明天", "", "20261207" })
	void anythingElseIsNoDay(String typed) {
		assertThat(Days.parse(typed)).isEmpty();
	}

	@Test
	void anOptionalFilterDayIsNoneWhenEmptyAndSaysWhyWhenNoDay() {
		List<String> problems = new ArrayList<>();
		assertThat(Days.optional("  ", "起始日期", problems)).isNull();
		assertThat(Days.optional("2026/12/7", "起始日期", problems)).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(problems).isEmpty();
		assertThat(Days.optional("2026-02-30", "截止日期", problems)).isNull();
		assertThat(problems).containsExactly("截止日期无法识别，请按 2026-12-07 或 2026/12/7 的格式填写");
	}

}
