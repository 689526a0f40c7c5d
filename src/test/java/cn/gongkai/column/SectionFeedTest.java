package cn.gongkai.column;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.record.PublishedRecord;
import cn.gongkai.site.PublicUrl;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Finding 6, the output side: a feed stays well-formed XML even for a record stored before input was checked. */
class SectionFeedTest {

	@Test
	void aFeedNeverCarriesACharacterXmlForbids() throws Exception {
		StringBuilder controls = new StringBuilder();
		for (char c = 0; c < 0x20; c++) {
			controls.append(c);
		}
		controls.append('\uFFFE').append('\uFFFF').append('\uD800');
		PublishedRecord legacy = new PublishedRecord(7, 3, "air-quality", "jiance", "空气质量" + controls + "周报",
				"ZZHB-1", "概述" + controls, "正文", LocalDate.of(2026, 11, 1), OffsetDateTime.parse("2026-11-02T10:00:00+08:00"));
		String feed = SectionFeed.write("郑州市环境保护局", new Catalogue.Section("air-quality", "空气质量", "环境质量"), List.of(legacy),
				Map.of("jiance", "监测处"), new PublicUrl("https://gongkai.example.gov.cn"),
				OffsetDateTime.parse("2026-11-03T10:00:00+08:00"));
		Document xml = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)));
		// Tab, line feed and carriage return are allowed (a parser reads the last as a line feed).
		assertThat(xml.getElementsByTagName("title").item(1).getTextContent()).isEqualTo("空气质量\t\n\n周报");
		assertThat(xml.getElementsByTagName("summary").item(0).getTextContent()).isEqualTo("概述\t\n\n");
	}

}
