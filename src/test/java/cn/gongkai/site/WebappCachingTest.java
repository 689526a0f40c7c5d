package cn.gongkai.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Camunda's files are kept a year and sent compressed; ours are revalidated; pages are never stored. */
@GongkaiTest
class WebappCachingTest {

	@LocalServerPort
	int port;

	@Test
	void camundasLibrariesAreKeptAndCompressedOurFilesRevalidatedPagesNotStored() {
		WebClient staff = new WebClient(port).login("jianceDrafter");
		HttpResponse<byte[]> deps = staff.getBytes("/camunda/lib/deps.js?bust=7.24.0", "Accept-Encoding", "gzip");
		assertThat(deps.statusCode()).isEqualTo(200);
		assertThat(deps.headers().firstValue("Cache-Control")).hasValue(WebappCaching.KEEP);
		assertThat(deps.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(deps.body().length).as("compressed").isLessThan(1_500_000);

		HttpResponse<byte[]> config = staff.getBytes("/camunda/app/tasklist/scripts/config.js?bust=7.24.0");
		assertThat(config.headers().firstValue("Cache-Control")).hasValue(WebappCaching.REVALIDATE);
		String lastModified = config.headers().firstValue("Last-Modified").orElseThrow();
		HttpResponse<byte[]> again = staff.getBytes("/camunda/app/tasklist/scripts/config.js?bust=7.24.0",
				"If-Modified-Since", lastModified);
		assertThat(again.statusCode()).as("unchanged: not sent again").isEqualTo(304);
		assertThat(staff.getBytes("/camunda/app/gongkai/staff-header.js?bust=7.24.0").headers().firstValue("Cache-Control"))
			.hasValue(WebappCaching.REVALIDATE);

		HttpResponse<String> page = staff.get("/camunda/app/tasklist/default/", "Accept", "text/html");
		assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(staff.get("/workspace").headers().firstValue("Cache-Control").orElse("")).contains("no-store");
	}

}
