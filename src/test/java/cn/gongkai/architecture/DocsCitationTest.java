package cn.gongkai.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every document the code, the models and the docs cite is in the repository, and so is every section cited. */
class DocsCitationTest {

	static final Pattern CITATION = Pattern.compile("docs/([a-z-]+\\.md)(?: §(\\d+))?");
	static final Pattern TEXT_FILE = Pattern.compile(".*\\.(java|bpmn|dmn|form|md|yml|yaml|html|txt|sql|json|js|conf)|.*Dockerfile");

	@Test
	void everyCitedDocumentAndSectionExists() throws IOException {
		List<String> broken = new ArrayList<>();
		int citations = 0;
		for (String root : new String[] { "src", "bpmn", "docs", "README.md", "docker" }) {
			try (Stream<Path> files = Files.walk(Path.of(root))) {
				for (Path file : files.filter(f -> TEXT_FILE.matcher(f.toString()).matches()).toList()) {
					Matcher m = CITATION.matcher(Files.readString(file));
					while (m.find()) {
						citations++;
						Path cited = Path.of("docs", m.group(1));
						if (!Files.exists(cited)) {
							broken.add(file + " cites " + m.group());
						}
						else if (m.group(2) != null && !Files.readString(cited).contains("\n## §" + m.group(2) + " ")) {
							broken.add(file + " cites " + m.group() + ", which has no such section");
						}
					}
				}
			}
		}
		assertThat(citations).isGreaterThan(20);
		assertThat(broken).isEmpty();
	}

}
