package cn.gongkai.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;

/** Finding 6: what XML 1.0 forbids is refused in every field a drafter types, and the rule agrees with a parser. */
class TextHygieneTest {

	/** Every C0 control, the surrogate block's edges, the last BMP characters and the first and last supplementary. */
	static List<Integer> samples() {
		List<Integer> samples = new ArrayList<>();
		IntStream.rangeClosed(0, 0x7F).forEach(samples::add);
		IntStream.rangeClosed(0xD7F0, 0xE010).forEach(samples::add);
		IntStream.rangeClosed(0xFFF0, 0x10010).forEach(samples::add);
		samples.add(0x10FFFF);
		return samples;
	}

	static List<Integer> forbidden() {
		return samples().stream().filter(c -> !TextHygiene.allowed(c)).toList();
	}

	@Test
	void theRuleIsXmlsOwnCharProduction() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		for (int codePoint : samples()) {
			assertThat(TextHygiene.allowed(codePoint)).as("U+%04X", codePoint)
				.isEqualTo(parses(factory, "<a>&#x" + Integer.toHexString(codePoint) + ";</a>"));
		}
		assertThat(forbidden()).contains(0x0, 0x1, 0x8, 0xB, 0xC, 0xE, 0x1F, 0xD800, 0xDFFF, 0xFFFE, 0xFFFF)
			.doesNotContain(0x9, 0xA, 0xD, 0x20, 0x10000);
	}

	@Test
	void everyForbiddenCharacterIsRefusedInEveryTextFieldOfARecordWithItsPosition() {
		for (int codePoint : forbidden()) {
			String bad = "甲乙" + new String(Character.toChars(codePoint)) + "丙";
			List<DraftContent> drafts = List.of(content(bad, "ZZHB-1", "概述", "正文"), content("标题", bad, "概述", "正文"),
					content("标题", "ZZHB-1", bad, "正文"), content("标题", "ZZHB-1", "概述", bad));
			List<String> labels = List.of("标题", "索引号", "内容概述", "正文");
			for (int field = 0; field < drafts.size(); field++) {
				assertThat(drafts.get(field).problemsForSubmission()).as("U+%04X in %s", codePoint, labels.get(field))
					.containsExactly(labels.get(field) + "第 3 个字符是不允许的控制字符，请删除后再提交");
				assertThat(drafts.get(field).problemsForDraft()).as("U+%04X in a draft", codePoint).hasSize(1);
			}
		}
		assertThat(content("标题\t含制表符", "ZZHB-1", "第一行\r\n第二行", "𠀀 扩展字").problemsForSubmission()).isEmpty();
	}

	@Test
	void printableTextDropsOnlyForbiddenCharacters() {
		assertThat(TextHygiene.printable("a\u0001b\uFFFEc\td𠀀")).isEqualTo("abc\td𠀀");
		assertThat(TextHygiene.printable("\uD800x")).isEqualTo("x");
	}

	private static DraftContent content(String title, String indexNo, String summary, String body) {
		return new DraftContent(title, indexNo, summary, body, LocalDate.of(2026, 11, 1), false, false);
	}

	private static boolean parses(XMLInputFactory factory, String xml) {
		try {
			XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
			while (reader.hasNext()) {
				reader.next();
			}
			return true;
		}
		catch (XMLStreamException | RuntimeException ex) {
			return false;
		}
	}

}
