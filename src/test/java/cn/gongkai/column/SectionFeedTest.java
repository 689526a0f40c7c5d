package cn.gongkai.column;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

	/** RFC 4287 and RFC 6721 as a reader checks them, on a feed with current entries and both kinds of tombstone. */
	@Test
	void aFeedWithEntriesAndTombstonesIsAtomAndItsTombstonesAreRfc6721() throws Exception {
		List<PublishedRecord> records = List.of(
				new PublishedRecord(12, 5, "air-quality", "jiance", "空气质量周报（更正）", "ZZHB-2026-0300", "概述", "正文",
						LocalDate.of(2026, 11, 27), OffsetDateTime.parse("2026-12-04T10:00:00+08:00")),
				new PublishedRecord(8, 4, "air-quality", "jiancezhan", "空气质量月报", "", "概述", "正文", null,
						OffsetDateTime.parse("2026-12-01T09:00:00+08:00")));
		List<Withdrawn> withdrawn = List.of(
				new Withdrawn(9, ChangeKind.RETRACTION, "数据来源有误", OffsetDateTime.parse("2026-12-05T09:30:00+08:00"), null),
				new Withdrawn(6, ChangeKind.CORRECTION, "点位名称有误", OffsetDateTime.parse("2026-12-04T10:00:00+08:00"), 12L));
		String feed = SectionFeed.write("郑州市环境保护局", new Catalogue.Section("air-quality", "空气质量", "环境质量"), records,
				withdrawn, Map.of("jiance", "监测处"), new PublicUrl("https://gongkai.example.gov.cn"),
				OffsetDateTime.parse("2026-12-06T10:00:00+08:00"));
		Document xml = AtomFeeds.assertValid(feed);
		assertThat(xml.getElementsByTagNameNS(AtomFeeds.ATOM, "entry").getLength()).isEqualTo(2);
		assertThat(xml.getElementsByTagNameNS(AtomFeeds.TOMBSTONES, "deleted-entry").getLength()).isEqualTo(2);
		// A tombstone's ref is the atom:id the entry had, so a reader matches it to what it copied.
		assertThat(((Element) xml.getElementsByTagNameNS(AtomFeeds.TOMBSTONES, "deleted-entry").item(1)).getAttribute("ref"))
			.isEqualTo("https://gongkai.example.gov.cn/column/records/6");

		String empty = SectionFeed.write("郑州市环境保护局", new Catalogue.Section("air-quality", "空气质量", "环境质量"), List.of(),
				List.of(), Map.of(), new PublicUrl("https://gongkai.example.gov.cn"),
				OffsetDateTime.parse("2026-12-06T10:00:00+08:00"));
		AtomFeeds.assertValid(empty);
	}

	/** The check above is no formality: it refuses what RFC 4287 and RFC 6721 forbid. */
	@Test
	void theFeedCheckRefusesWhatTheRfcsForbid() {
		String head = "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:at='http://purl.org/atompub/tombstones/1.0'>";
		String feedData = "<id>https://x.example/f</id><title>t</title><updated>2026-12-06T10:00:00+08:00</updated>"
				+ "<link rel='self' href='https://x.example/f/feed'/>";
		String entry = "<entry><id>https://x.example/r/1</id><title>e</title><updated>2026-12-05T10:00:00+08:00</updated>"
				+ "<link rel='alternate' href='https://x.example/r/1'/><summary>s</summary></entry>";
		assertThatThrownBy(() -> AtomFeeds.assertValid(head + feedData + entry + "</feed>")).as("no author anywhere")
			.hasMessageContaining("no author");
		String author = "<author><name>局</name></author>";
		assertThatCode(() -> AtomFeeds.assertValid(head + feedData + author + entry + "</feed>")).doesNotThrowAnyException();
		assertThatThrownBy(() -> AtomFeeds.assertValid(head + feedData.replace("<id>https://x.example/f</id>", "") + author
				+ "</feed>")).hasMessageContaining("atom:id");
		assertThatThrownBy(() -> AtomFeeds.assertValid(head + feedData + author
				+ "<at:deleted-entry ref='https://x.example/r/2' when='2026-12-05'/></feed>"))
			.hasMessageContaining("not an RFC 3339 date-time");
		assertThatThrownBy(() -> AtomFeeds.assertValid(head + feedData + author
				+ "<at:deleted-entry when='2026-12-05T10:00:00+08:00'/></feed>")).hasMessageContaining("ref is not an absolute IRI");
		assertThatThrownBy(() -> AtomFeeds.assertValid(head + feedData + author + entry
				+ "<at:deleted-entry ref='https://x.example/r/1' when='2026-12-05T10:00:00+08:00'/></feed>"))
			.hasMessageContaining("still has an entry");
	}

}
