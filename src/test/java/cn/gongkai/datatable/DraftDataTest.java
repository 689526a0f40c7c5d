package cn.gongkai.datatable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.gongkai.record.Record;
import cn.gongkai.record.RecordRefusedException;
import cn.gongkai.record.RecordStatus;
import org.junit.jupiter.api.Test;

class DraftDataTest {

	@Test
	void aTableIsKeptByItsFilesNameMadePrintableAndShortEnoughForItsColumn() {
		assertThat(DraftData.fileName(" 2026年12月.csv ")).isEqualTo("2026年12月.csv");
		assertThat(DraftData.fileName("a\u0000b.csv")).isEqualTo("ab.csv");
		assertThat(DraftData.fileName(null)).as("a pasted table").isEqualTo("粘贴的表格");
		assertThat(DraftData.fileName("\u0000")).isEqualTo("粘贴的表格");
		assertThat(DraftData.fileName("数".repeat(300) + ".csv")).hasSize(DraftData.NAME_MAX).startsWith("数数");
	}

	@Test
	void onlyARecordBeingDraftedTakesOrGivesUpATable() {
		assertThat(DraftData.editable(record(RecordStatus.DRAFT)).status()).isEqualTo(RecordStatus.DRAFT);
		assertThat(DraftData.editable(record(RecordStatus.RETURNED)).status()).isEqualTo(RecordStatus.RETURNED);
		for (RecordStatus status : new RecordStatus[] { RecordStatus.IN_REVIEW, RecordStatus.PUBLISHED }) {
			assertThatThrownBy(() -> DraftData.editable(record(status))).isInstanceOf(RecordRefusedException.class)
				.hasMessageContaining("如需修改请申请更正");
		}
	}

	private static Record record(RecordStatus status) {
		OffsetDateTime now = OffsetDateTime.parse("2026-12-08T09:00:00+08:00");
		return new Record(1, "env-quality", "air-quality", "jiance", "jianceDrafter", status, "标题", null, null, null,
				LocalDate.of(2026, 12, 1), false, false, now, now);
	}

}
