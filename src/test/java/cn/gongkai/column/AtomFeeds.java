package cn.gongkai.column;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Holds a feed to what RFC 4287 (Atom) requires of a feed and its entries and RFC 6721 of a tombstone, read from the
 * parsed XML: the parts a copying site's reader relies on, each rule cited where it is checked.
 */
final class AtomFeeds {

	static final String ATOM = "http://www.w3.org/2005/Atom";
	static final String TOMBSTONES = "http://purl.org/atompub/tombstones/1.0";

	/** RFC 3339 date-time (RFC 4287 §3.3): a time zone always, "T" between date and time. */
	private static final Pattern DATE_TIME = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

	private AtomFeeds() {
	}

	/** The feed parsed, after every problem found was reported at once. */
	static Document assertValid(String feed) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)));
		List<String> problems = new ArrayList<>();
		Element root = xml.getDocumentElement();
		if (!ATOM.equals(root.getNamespaceURI()) || !"feed".equals(root.getLocalName())) {
			problems.add("the document element is not atom:feed");
		}
		// §4.1.1: exactly one atom:id, atom:title and atom:updated; an author unless every entry has one.
		OffsetDateTime feedUpdated = commonElements(root, "feed", problems);
		boolean feedHasAuthor = !children(root, ATOM, "author").isEmpty();
		authors(root, "feed", problems);
		// §4.1.1: no two alternate links of the same type and language; a feed SHOULD link to itself.
		if (children(root, ATOM, "link").stream().noneMatch(l -> "self".equals(l.getAttribute("rel")))) {
			problems.add("feed: no link rel=self");
		}
		alternates(root, "feed", problems);

		Set<String> entryIds = new HashSet<>();
		for (Element entry : children(root, ATOM, "entry")) {
			String where = "entry " + text(entry, ATOM, "id");
			OffsetDateTime updated = commonElements(entry, where, problems);
			if (!entryIds.add(text(entry, ATOM, "id"))) {
				problems.add(where + ": id used twice in the feed (§4.1.1)");
			}
			// §4.1.2: an author unless the feed has one.
			if (!feedHasAuthor && children(entry, ATOM, "author").isEmpty()) {
				problems.add(where + ": no author, and the feed has none");
			}
			authors(entry, where, problems);
			// §4.1.2: without atom:content an entry links to its alternate, and then has a summary.
			if (children(entry, ATOM, "content").isEmpty()) {
				if (children(entry, ATOM, "link").stream().noneMatch(AtomFeeds::alternate)) {
					problems.add(where + ": neither content nor link rel=alternate");
				}
				if (children(entry, ATOM, "summary").size() != 1) {
					problems.add(where + ": no content, so exactly one summary is needed");
				}
			}
			alternates(entry, where, problems);
			for (Element published : children(entry, ATOM, "published")) {
				dateTime(published.getTextContent(), where + " published", problems);
			}
			if (feedUpdated != null && updated != null && updated.isAfter(feedUpdated)) {
				problems.add(where + ": updated after the feed's updated");
			}
		}

		// RFC 6721 §2: at:deleted-entry carries ref (the deleted entry's atom:id, an IRI) and when (RFC 3339).
		for (Element tombstone : descendants(xml, TOMBSTONES, "deleted-entry")) {
			String ref = tombstone.getAttribute("ref");
			String where = "deleted-entry " + ref;
			if (tombstone.getParentNode() != root) {
				problems.add(where + ": not a child of atom:feed");
			}
			if (ref.isEmpty() || !absolute(ref)) {
				problems.add(where + ": ref is not an absolute IRI");
			}
			if (entryIds.contains(ref)) {
				problems.add(where + ": the feed still has an entry with this id");
			}
			OffsetDateTime when = dateTime(tombstone.getAttribute("when"), where + " when", problems);
			if (feedUpdated != null && when != null && when.isAfter(feedUpdated)) {
				problems.add(where + ": when after the feed's updated");
			}
			for (Element link : children(tombstone, ATOM, "link")) {
				if (!absolute(link.getAttribute("href"))) {
					problems.add(where + ": link without an absolute href");
				}
			}
			for (Element by : children(tombstone, TOMBSTONES, "by")) {
				if (children(by, ATOM, "name").size() != 1) {
					problems.add(where + ": at:by without one atom:name");
				}
			}
			if (children(tombstone, TOMBSTONES, "comment").size() > 1) {
				problems.add(where + ": more than one at:comment");
			}
		}
		assertThat(problems).isEmpty();
		return xml;
	}

	private static OffsetDateTime commonElements(Element parent, String where, List<String> problems) {
		for (String name : List.of("id", "title", "updated")) {
			if (children(parent, ATOM, name).size() != 1) {
				problems.add(where + ": not exactly one atom:" + name);
			}
		}
		String id = text(parent, ATOM, "id");
		if (id != null && !absolute(id)) {
			problems.add(where + ": id is not an absolute IRI (§4.2.6)");
		}
		String title = text(parent, ATOM, "title");
		if (title != null && title.isBlank()) {
			problems.add(where + ": empty title");
		}
		String updated = text(parent, ATOM, "updated");
		return updated == null ? null : dateTime(updated, where + " updated", problems);
	}

	/** §3.2: a person construct has exactly one atom:name. */
	private static void authors(Element parent, String where, List<String> problems) {
		for (Element author : children(parent, ATOM, "author")) {
			List<Element> names = children(author, ATOM, "name");
			if (names.size() != 1 || names.get(0).getTextContent().isBlank()) {
				problems.add(where + ": an author without exactly one name");
			}
		}
	}

	private static void alternates(Element parent, String where, List<String> problems) {
		Set<String> seen = new HashSet<>();
		for (Element link : children(parent, ATOM, "link")) {
			if (link.getAttribute("href").isEmpty()) {
				problems.add(where + ": a link without href (§4.2.7.1)");
			}
			if (alternate(link) && !seen.add(link.getAttribute("type") + "|" + link.getAttribute("hreflang"))) {
				problems.add(where + ": two alternate links of one type and language");
			}
		}
	}

	/** §4.2.7.2: a link without rel is an alternate. */
	private static boolean alternate(Element link) {
		return !link.hasAttribute("rel") || "alternate".equals(link.getAttribute("rel"));
	}

	private static OffsetDateTime dateTime(String value, String where, List<String> problems) {
		if (!DATE_TIME.matcher(value).matches()) {
			problems.add(where + ": not an RFC 3339 date-time: " + value);
			return null;
		}
		return OffsetDateTime.parse(value);
	}

	private static boolean absolute(String iri) {
		try {
			return URI.create(iri).isAbsolute();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static String text(Element parent, String namespace, String name) {
		List<Element> found = children(parent, namespace, name);
		return found.isEmpty() ? null : found.get(0).getTextContent();
	}

	private static List<Element> children(Element parent, String namespace, String name) {
		List<Element> found = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
				found.add(e);
			}
		}
		return found;
	}

	private static List<Element> descendants(Document xml, String namespace, String name) {
		var nodes = xml.getElementsByTagNameNS(namespace, name);
		List<Element> found = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			found.add((Element) nodes.item(i));
		}
		return found;
	}

}
