package cn.gongkai.column;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gongkai.record.DraftContent;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.ReviewDecision;
import cn.gongkai.record.ReviewLevel;
import cn.gongkai.record.ReviewService;
import cn.gongkai.record.SecrecyOutcome;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.PageRules;
import cn.gongkai.support.WebClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public pages checked against the WCAG 2.1 rules a machine can check: language, one main landmark reachable by
 * a skip link, one h1 and no skipped heading level, a label for every control, unique ids, link text, alternative
 * text, and a contrast of at least 4.5:1 for every colour pair the style sheet uses.
 */
@GongkaiTest
class AccessibilityTest {

	@LocalServerPort
	int port;

	@Autowired
	RecordService records;

	@Autowired
	ReviewService reviews;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyPublicPageFollowsTheStructuralRules() {
		String title = "无障碍检查 " + UUID.randomUUID().toString().substring(0, 6);
		long version = publish(title);
		WebClient visitor = new WebClient(port);
		List<String> pages = List.of("/", "/column/air-quality", "/column/air-quality?q=" + "无障碍检查",
				"/column/air-quality?from=not-a-day", "/column/records/" + version, "/report", "/report/lookup", "/apply", "/apply/track", "/login");
		List<String> problems = new ArrayList<>();
		for (String path : pages) {
			var response = visitor.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			problems.addAll(PageRules.problems(path, Jsoup.parse(response.body())));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyColourPairOnTheStyleSheetHasAContrastOfAtLeastFourAndAHalf() throws IOException {
		String css = new ClassPathResource("static/css/site.css").getContentAsString(StandardCharsets.UTF_8);
		Map<String, String> colours = new HashMap<>();
		Matcher variable = Pattern.compile("--(\\w+):\\s*(#[0-9a-fA-F]{6})").matcher(css);
		while (variable.find()) {
			colours.put(variable.group(1), variable.group(2));
		}
		assertThat(colours).containsKeys("ink", "accent", "muted", "error", "ok");
		String white = "#ffffff";
		List<String[]> pairs = List.of(new String[] { colours.get("ink"), white },
				new String[] { colours.get("accent"), white }, new String[] { colours.get("muted"), white },
				new String[] { colours.get("error"), white }, new String[] { colours.get("ok"), white },
				// The header: white on the accent colour.
				new String[] { white, colours.get("accent") },
				// Text and links on the correction and retraction notes, and on a late unit's row.
				new String[] { colours.get("ink"), "#eef4fa" }, new String[] { colours.get("accent"), "#eef4fa" },
				new String[] { colours.get("ink"), "#fbeef0" }, new String[] { colours.get("accent"), "#fbeef0" },
				new String[] { colours.get("ink"), "#fff4e5" }, new String[] { colours.get("muted"), "#eef4fa" });
		// The air-quality levels and the water classes: each cell's text on the colour of HJ 633-2012 appendix A or of
		// the water bulletins.
		Matcher level = Pattern.compile("\\.(?:aqi|water)-\\w+ \\{ background: (#[0-9a-f]{6}); color: (#[0-9a-f]{3,6}); }")
			.matcher(css);
		pairs = new ArrayList<>(pairs);
		while (level.find()) {
			String text = level.group(2).length() == 4 ? "#" + level.group(2).substring(1).replaceAll("(.)", "$1$1")
					: level.group(2);
			pairs.add(new String[] { text, level.group(1) });
		}
		assertThat(pairs).as("the six air-quality levels and six water classes").hasSize(24);
		for (String[] pair : pairs) {
			assertThat(contrast(pair[0], pair[1])).as("%s on %s", pair[0], pair[1]).isGreaterThanOrEqualTo(4.5);
		}
		for (String background : backgrounds(css)) {
			assertThat(pairs.stream().anyMatch(p -> p[1].equalsIgnoreCase(background)))
				.as("background %s is checked", background).isTrue();
		}
	}

	/** Every background colour the style sheet sets. */
	private static List<String> backgrounds(String css) {
		List<String> found = new ArrayList<>();
		Matcher m = Pattern.compile("background:\\s*(#[0-9a-fA-F]{3,6})").matcher(css);
		while (m.find()) {
			String colour = m.group(1);
			found.add(colour.length() == 4 ? "#" + colour.substring(1, 2).repeat(2) + colour.substring(2, 3).repeat(2)
					+ colour.substring(3, 4).repeat(2) : colour);
		}
		return found;
	}

	/** WCAG 2.1 contrast ratio. */
	static double contrast(String foreground, String background) {
		double a = luminance(foreground);
		double b = luminance(background);
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	private static double luminance(String hex) {
		double[] rgb = new double[3];
		for (int i = 0; i < 3; i++) {
			double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
			rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
	}

	private long publish(String title) {
		long id = records.createDraft("env-quality", "air-quality", "jiance", "jianceDrafter", title);
		records.submit(id, new DraftContent(title, "ZZHB-A-" + id, "概述", "正文", LocalDate.of(2026, 11, 1), false, false),
				"jianceDrafter");
		reviews.decide(id, ReviewLevel.UNIT_HEAD, "jianceHead", ReviewDecision.APPROVE, null);
		reviews.decideSecrecy(id, ReviewLevel.SECRECY, "jianceSecrecy", SecrecyOutcome.PUBLISH, null, "依据", "同意");
		records.publish(id);
		return jdbc.sql("SELECT MAX(id) FROM gk_published_version WHERE record_id = :id").param("id", id)
			.query(Long.class).single();
	}

}
