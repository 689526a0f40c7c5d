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
import cn.gongkai.record.ChangeKind;
import cn.gongkai.record.PublishedRecord;
import cn.gongkai.record.Withdrawn;
import cn.gongkai.site.PublicUrl;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

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
				List.of(), Map.of("jiance", "监测处"), new PublicUrl("https://gongkai.example.gov.cn"),
				OffsetDateTime.parse("2026-11-03T10:00:00+08:00"));
		Document xml = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)));
		// Tab, line feed and carriage return are allowed (a parser reads the last as a line feed).
		assertThat(xml.getElementsByTagName("title").item(1).getTextContent()).isEqualTo("空气质量\t\n\n周报");
		assertThat(xml.getElementsByTagName("summary").item(0).getTextContent()).isEqualTo("概述\t\n\n");
	}

	/** A copying site finds the catalogue data on each entry, and learns which versions to drop or replace. */
	@Test
	void entriesCarryTheCatalogueDataAndWithdrawnVersionsStayAsTombstones() throws Exception {
		PublishedRecord current = new PublishedRecord(7, 3, "air-quality", "jiance", "空气质量周报（更正）", "ZZHB-2026-0300",
				"概述", "正文", LocalDate.of(2026, 11, 27), OffsetDateTime.parse("2026-12-02T10:00:00+08:00"));
		List<Withdrawn> withdrawn = List.of(
				new Withdrawn(9, ChangeKind.RETRACTION, "数据来源有误", OffsetDateTime.parse("2026-12-05T09:30:00+08:00"), null),
				new Withdrawn(6, ChangeKind.CORRECTION, "点位名称有误", OffsetDateTime.parse("2026-12-02T10:00:00+08:00"), 7L));
		String feed = SectionFeed.write("郑州市环境保护局", new Catalogue.Section("air-quality", "空气质量", "环境质量"),
				List.of(current), withdrawn, Map.of("jiance", "监测处"), new PublicUrl("https://gongkai.example.gov.cn"),
				OffsetDateTime.parse("2026-12-06T10:00:00+08:00"));
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)));
		Element entry = (Element) xml.getElementsByTagNameNS(SectionFeed.ATOM, "entry").item(0);
		assertThat(entry.getElementsByTagNameNS(SectionFeed.DC, "identifier").item(0).getTextContent())
			.isEqualTo("ZZHB-2026-0300");
		assertThat(entry.getElementsByTagNameNS(SectionFeed.DCTERMS, "created").item(0).getTextContent())
			.isEqualTo("2026-11-27");
		var tombstones = xml.getElementsByTagNameNS(SectionFeed.TOMBSTONES, "deleted-entry");
		assertThat(tombstones.getLength()).isEqualTo(2);
		Element retraction = (Element) tombstones.item(0);
		assertThat(retraction.getAttribute("ref")).isEqualTo("https://gongkai.example.gov.cn/column/records/9");
		assertThat(retraction.getAttribute("when")).isEqualTo("2026-12-05T09:30:00+08:00");
		assertThat(retraction.getElementsByTagNameNS(SectionFeed.TOMBSTONES, "comment").item(0).getTextContent())
			.isEqualTo("已撤回：数据来源有误");
		assertThat(((Element) tombstones.item(1)).getElementsByTagNameNS(SectionFeed.TOMBSTONES, "comment").item(0)
			.getTextContent()).isEqualTo("已更正：点位名称有误；更正后的信息见 https://gongkai.example.gov.cn/column/records/7");
		assertThat(xml.getDocumentElement().getElementsByTagNameNS(SectionFeed.ATOM, "updated").item(0).getTextContent())
			.as("the feed changed when the retraction took effect").isEqualTo("2026-12-05T09:30:00+08:00");
	}

}
