package cn.gongkai.column;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import cn.gongkai.record.DraftContent;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.ReviewDecision;
import cn.gongkai.record.ReviewLevel;
import cn.gongkai.record.ReviewService;
import cn.gongkai.record.SecrecyOutcome;
import cn.gongkai.support.Desk;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The public column's lists, search and feed, over HTTP, against records published for this test. */
@GongkaiTest
class ColumnTest {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	@LocalServerPort
	int port;

	@Autowired
	RecordService records;

	@Autowired
	ReviewService reviews;

	@Test
	void aSectionListsItsRecordsNewestFirstPagesAndSearches() {
		String marker = "标记" + UUID.randomUUID().toString().substring(0, 6);
		List<String> titles = new ArrayList<>();
		for (int i = 1; i <= 23; i++) {
			Desk.clockAt("2034-01-%02dT10:00:00+08:00".formatted(i));
			String title = marker + " 水质周报 " + i;
			publish("water-quality", i % 2 == 0 ? "jiance" : "jiancezhan", title, "断面水质达标" + (i == 7 ? "，含 100% 字样" : ""));
			titles.add(title);
		}
		WebClient visitor = new WebClient(port);
		String first = visitor.get("/column/water-quality?q=" + enc(marker)).body();
		assertThat(order(first, marker)).containsExactly(titles.get(22), titles.get(21), titles.get(20), titles.get(19),
				titles.get(18), titles.get(17), titles.get(16), titles.get(15), titles.get(14), titles.get(13), titles.get(12),
				titles.get(11), titles.get(10), titles.get(9), titles.get(8), titles.get(7), titles.get(6), titles.get(5),
				titles.get(4), titles.get(3));
		assertThat(first).contains("第 1 / 2 页，共 23 条");
		String second = visitor.get("/column/water-quality?page=2&q=" + enc(marker)).body();
		assertThat(order(second, marker)).containsExactly(titles.get(2), titles.get(1), titles.get(0));

		// Words in the body; "%" taken literally; a date range and a unit narrow the list.
		assertThat(order(visitor.get("/column/water-quality?q=" + enc("100%")).body(), marker)).containsExactly(titles.get(6));
		assertThat(order(visitor.get("/column/water-quality?q=" + enc("10_%")).body(), marker)).isEmpty();
		assertThat(order(visitor.get("/column/water-quality?q=" + enc(marker) + "&from=2034-01-05&to=" + enc("2034/1/7")).body(),
				marker)).containsExactly(titles.get(6), titles.get(5), titles.get(4));
		assertThat(order(visitor.get("/column/water-quality?q=" + enc(marker) + "&unit=jiance&from=2034-01-01&to=2034-01-04")
			.body(), marker)).containsExactly(titles.get(3), titles.get(1));

		String hostile = visitor.get("/column/water-quality?q=" + enc("<script>alert(1)</script>") + "&from=明天&unit=nowhere")
			.body();
		assertThat(hostile).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("起始日期无法识别").contains("发布单位无效");
		assertThat(visitor.get("/column/water-quality?q=" + enc("长".repeat(51))).body()).contains("搜索词不能超过 50 个字");
		assertThat(visitor.get("/column/nowhere").statusCode()).isEqualTo(404);
	}

	/** One search on the home page across every section: several words, all of which must appear, in any field. */
	@Test
	void theHomePageSearchesEverySectionForAllWordsAndListsTheLatest() {
		String marker = "全站" + UUID.randomUUID().toString().substring(0, 6);
		Desk.clockAt("2040-03-01T10:00:00+08:00");
		String water = marker + " 断面水质 月报";
		publish("water-quality", "jiance", water, "氨氮全部达标");
		Desk.clockAt("2040-03-02T10:00:00+08:00");
		String radiation = marker + " 辐射环境 月报";
		publish("radiation", "fushe", radiation, "电离辐射水平正常");
		WebClient visitor = new WebClient(port);

		assertThat(order(visitor.get("/search?q=" + enc(marker + " 月报")).body(), marker)).containsExactly(radiation, water);
		assertThat(order(visitor.get("/search?q=" + enc(marker + "\u3000氨氮")).body(), marker)).containsExactly(water);
		String none = visitor.get("/search?q=" + enc(marker + " 噪声")).body();
		assertThat(order(none, marker)).isEmpty();
		assertThat(none).contains("没有同时包含");
		assertThat(visitor.get("/search?q=" + enc("<script>x</script>")).body()).doesNotContain("<script>x</script>");

		String home = visitor.get("/").body();
		assertThat(home).contains("最新公开").contains("全站搜索").contains("action=\"/search\"");
		assertThat(order(home, marker)).containsExactly(radiation, water);
		assertThat(home).contains("核与辐射安全信息").contains("水环境质量");
	}

	@Test
	void anUnknownAddressIsAChinese404NotTheStaffLogin() {
		var response = new WebClient(port).get("/no-such-page", "Accept", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("页面不存在").contains("返回首页");
	}

	@Test
	void eachSectionHasAnAtomFeedWithEveryTextEscaped() throws Exception {
		Desk.clockAt("2034-06-01T09:30:00+08:00");
		String title = "通报 <b>辐射</b> & 监测 " + UUID.randomUUID().toString().substring(0, 6);
		long version = publish("radiation", "fushe", title, "摘要中的 <script>alert(1)</script>");
		var response = new WebClient(port).get("/column/radiation/feed");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
		assertThat(response.body()).doesNotContain("<script>").doesNotContain("<b>");

		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
		Element root = feed.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(root.getLocalName()).isEqualTo("feed");
		for (String required : List.of("id", "title", "updated", "author")) {
			assertThat(root.getElementsByTagNameNS(ATOM, required).getLength()).as(required).isPositive();
		}
		NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
		assertThat(entries.getLength()).isPositive();
		Element newest = (Element) entries.item(0);
		assertThat(newest.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent()).isEqualTo(title);
		assertThat(newest.getElementsByTagNameNS(ATOM, "summary").item(0).getTextContent())
			.isEqualTo("摘要中的 <script>alert(1)</script>");
		assertThat(newest.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent()).isEqualTo("2034-06-01T01:30:00Z");
		assertThat(((Element) newest.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
			.endsWith("/column/records/" + version);
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			for (String required : List.of("id", "title", "updated", "link", "author")) {
				assertThat(entry.getElementsByTagNameNS(ATOM, required).getLength()).as("entry %s", required).isPositive();
			}
		}
	}

	/** Drafts, reviews and publishes a record through the domain, as the review chain would. */
	private long publish(String section, String unit, String title, String summary) {
		long id = records.createDraft(section.equals("radiation") ? "radiation" : "env-quality", section, unit, unit + "Drafter",
				title);
		records.submit(id, new DraftContent(title, "ZZHB-T-" + id, summary, summary + "。正文。", LocalDate.of(2033, 12, 31),
				false, false), unit + "Drafter");
		reviews.decide(id, ReviewLevel.UNIT_HEAD, unit + "Head", ReviewDecision.APPROVE, null);
		reviews.decideSecrecy(id, ReviewLevel.SECRECY, unit + "Secrecy", SecrecyOutcome.PUBLISH, null, "依据", "同意");
		records.publish(id);
		return jdbcVersion(id);
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private long jdbcVersion(long recordId) {
		return jdbc.sql("SELECT MAX(id) FROM gk_published_version WHERE record_id = :id").param("id", recordId)
			.query(Long.class).single();
	}

	private static List<String> order(String page, String marker) {
		List<String> found = new ArrayList<>();
		Matcher m = Pattern.compile(">(" + Pattern.quote(marker) + "[^<]*)</a>").matcher(page);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
