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
import cn.gongkai.record.PublishedRecord;
import cn.gongkai.record.TextHygiene;
import cn.gongkai.site.PublicUrl;

/**
 * An Atom feed (RFC 4287) of one section, written through an XML writer so that every text is escaped, whatever a
 * record contains.
 */
final class SectionFeed {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	private SectionFeed() {
	}

	static String write(String bureau, Catalogue.Section section, List<PublishedRecord> records,
			Map<String, String> unitNames, PublicUrl site, OffsetDateTime now) {
		try {
			StringWriter out = new StringWriter();
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			xml.writeAttribute("xml:lang", "zh-CN");
			text(xml, "id", site.of("/column/" + section.key()));
			text(xml, "title", bureau + " · " + section.name());
			text(xml, "updated", time(records.isEmpty() ? now : records.get(0).publishedAt()));
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

	private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
		xml.writeStartElement(element);
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
