package cn.gongkai.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.support.Files;
import cn.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GongkaiTest
class AttachmentServiceTest {

	@Autowired
	AttachmentService attachments;

	@Autowired
	RecordService records;

	long recordId;

	@BeforeEach
	void draft() {
		recordId = records.createDraft("env-quality", "air-quality", "jiance", "jianceDrafter", "附件测试");
	}

	@Test
	void acceptsEachAllowedKindByItsContent() {
		attachments.attach(recordId, "报告.pdf", Files.pdf(), "jianceDrafter");
		attachments.attach(recordId, "图.png", Files.png(), "jianceDrafter");
		attachments.attach(recordId, "数据.xlsx", Files.xlsx(), "jianceDrafter");
		attachments.attach(recordId, "照片.JPG", new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0 },
				"jianceDrafter");
		assertThat(attachments.list(recordId)).extracting(Attachment::mediaType)
			.containsExactly("application/pdf", "image/png",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "image/jpeg");
	}

	@Test
	void refusesDisguisedFilesAndStoresNothing() {
		assertThatThrownBy(() -> attachments.attach(recordId, "chart.png", Files.svg(), "jianceDrafter"))
			.isInstanceOf(RecordRefusedException.class)
			.hasMessageContaining("内容不是");
		assertThatThrownBy(() -> attachments.attach(recordId, "report.pdf", Files.html(), "jianceDrafter"))
			.hasMessageContaining("内容不是");
		assertThatThrownBy(() -> attachments.attach(recordId, "report.pdf", Files.png(), "jianceDrafter"))
			.hasMessageContaining("扩展名与实际内容");
		assertThatThrownBy(() -> attachments.attach(recordId, "plain.zip.xlsx", zipWithoutWorkbook(), "jianceDrafter"))
			.hasMessageContaining("内容不是");
		assertThat(attachments.list(recordId)).isEmpty();
	}

	@Test
	void refusesOversizedAndEmptyFiles() {
		byte[] big = new byte[(int) attachments.maxBytes() + 1];
		System.arraycopy(Files.pdf(), 0, big, 0, Files.pdf().length);
		assertThatThrownBy(() -> attachments.attach(recordId, "big.pdf", big, "jianceDrafter"))
			.hasMessageContaining("过大");
		assertThatThrownBy(() -> attachments.attach(recordId, "empty.pdf", new byte[0], "jianceDrafter"))
			.hasMessageContaining("不能为空");
		assertThat(attachments.list(recordId)).isEmpty();
	}

	@Test
	void keepsOnlyTheBaseNameOfAnUploadedPath() {
		attachments.attach(recordId, "..\\..\\etc/passwd<script>.pdf", Files.pdf(), "jianceDrafter");
		assertThat(attachments.list(recordId)).singleElement()
			.extracting(Attachment::fileName)
			.isEqualTo("passwd_script_.pdf");
	}

	@Test
	void aRecordUnderReviewCannotChangeItsAttachments() {
		long id = attachments.attach(recordId, "报告.pdf", Files.pdf(), "jianceDrafter");
		records.submit(recordId, new DraftContent("标题", "ZZHB-1", "概述", "正文", java.time.LocalDate.of(2026, 11, 1),
				false, false), "jianceDrafter");
		assertThatThrownBy(() -> attachments.attach(recordId, "b.pdf", Files.pdf(), "jianceDrafter"))
			.hasMessageContaining("审核中");
		assertThatThrownBy(() -> attachments.detach(recordId, id)).hasMessageContaining("审核中");
		assertThat(attachments.list(recordId)).hasSize(1);
	}

	private static byte[] zipWithoutWorkbook() {
		var out = new java.io.ByteArrayOutputStream();
		try (var zip = new java.util.zip.ZipOutputStream(out)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
			zip.write(1);
			zip.closeEntry();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
