package cn.gongkai.site;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file to save rather than a page to show, named in Chinese as browsers on every platform keep it (RFC 6266). */
public final class Downloads {

	private Downloads() {
	}

	public static ResponseEntity<byte[]> csv(String text, String fileName) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(text.getBytes(StandardCharsets.UTF_8));
	}

}
