package cn.gongkai.column;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.record.ChangeKind;
import cn.gongkai.record.PublishedRecord;
import cn.gongkai.record.TextHygiene;
import cn.gongkai.record.Withdrawn;
import cn.gongkai.site.PublicUrl;

/**
 * An Atom feed (RFC 4287) of one section, written through an XML writer so that every text is escaped, whatever a
 * record contains. Each entry carries the catalogue data of 条例第十二条 a copying site needs (索引号 as
 * {@code dc:identifier}, 生成日期 as {@code dcterms:created}); a version taken off the column (retracted, or replaced
 * by a correction) stays in the feed as an RFC 6721 tombstone, so that a site that copied it learns to drop it.
 */
final class SectionFeed {

	static final String ATOM = "http://www.w3.org/2005/Atom";
	static final String DC = "http://purl.org/dc/elements/1.1/";
	static final String DCTERMS = "http://purl.org/dc/terms/";
	static final String TOMBSTONES = "http://purl.org/atompub/tombstones/1.0";

	private SectionFeed() {
	}

	static String write(String bureau, Catalogue.Section section, List<PublishedRecord> records,
			List<Withdrawn> withdrawn, Map<String, String> unitNames, PublicUrl site, OffsetDateTime now) {
		try {
			StringWriter out = new StringWriter();
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			xml.writeNamespace("dc", DC);
			xml.writeNamespace("dcterms", DCTERMS);
			xml.writeNamespace("at", TOMBSTONES);
			xml.writeAttribute("xml:lang", "zh-CN");
			text(xml, "id", site.of("/column/" + section.key()));
			text(xml, "title", bureau + " · " + section.name());
			text(xml, "updated", time(latest(records, withdrawn, now)));
			link(xml, "self", site.of("/column/" + section.key() + "/feed"));
			link(xml, "alternate", site.of("/column/" + section.key()));
			xml.writeStartElement("author");
			text(xml, "name", bureau);
			xml.writeEndElement();
			for (PublishedRecord record : records) {
				xml.writeStartElement("entry");
				text(xml, "id", site.of("/column/records/" + record.id()));
				text(xml, "title", record.title());
				text(xml, "updated", time(record.publishedAt()));
				text(xml, "published", time(record.publishedAt()));
				link(xml, "alternate", site.of("/column/records/" + record.id()));
				xml.writeStartElement("author");
				text(xml, "name", unitNames.getOrDefault(record.unitId(), record.unitId()));
				xml.writeEndElement();
				text(xml, "summary", record.summary());
				// Left out rather than empty where a version predating the checks lacks them: an empty date is no date.
				if (record.indexNo() != null && !record.indexNo().isBlank()) {
					text(xml, "dc", DC, "identifier", record.indexNo());
				}
				if (record.dateFormed() != null) {
					text(xml, "dcterms", DCTERMS, "created", record.dateFormed().toString());
				}
				xml.writeEndElement();
			}
			for (Withdrawn gone : withdrawn) {
				xml.writeStartElement("at", "deleted-entry", TOMBSTONES);
				xml.writeAttribute("ref", site.of("/column/records/" + gone.versionId()));
				xml.writeAttribute("when", time(gone.at()));
				// The version's own address keeps the notice (and, for a correction, the way to what replaced it).
				link(xml, "alternate", site.of("/column/records/" + gone.versionId()));
				text(xml, "at", TOMBSTONES, "comment", gone.kind() == ChangeKind.RETRACTION ? "已撤回：" + gone.reason()
						: "已更正：" + gone.reason() + (gone.replacedBy() == null ? ""
								: "；更正后的信息见 " + site.of("/column/records/" + gone.replacedBy())));
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
			return out.toString();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The newest moment the feed tells of: a publication, or a version's withdrawal. */
	private static OffsetDateTime latest(List<PublishedRecord> records, List<Withdrawn> withdrawn, OffsetDateTime now) {
		OffsetDateTime latest = records.isEmpty() ? null : records.get(0).publishedAt();
		if (!withdrawn.isEmpty() && (latest == null || withdrawn.get(0).at().isAfter(latest))) {
			latest = withdrawn.get(0).at();
		}
		return latest == null ? now : latest;
	}

	private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
		xml.writeStartElement(element);
		xml.writeCharacters(value == null ? "" : TextHygiene.printable(value));
		xml.writeEndElement();
	}

	private static void text(XMLStreamWriter xml, String prefix, String namespace, String element, String value)
			throws XMLStreamException {
		xml.writeStartElement(prefix, element, namespace);
		xml.writeCharacters(value == null ? "" : TextHygiene.printable(value));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}

	private static String time(OffsetDateTime time) {
		return time.withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

}
