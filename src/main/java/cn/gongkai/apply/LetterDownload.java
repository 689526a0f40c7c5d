package cn.gongkai.apply;

import java.nio.charset.StandardCharsets;

import cn.gongkai.application.Letter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A letter as a text file to keep, for the applicant and for the staff who handle the application. */
public final class LetterDownload {

	private static final int NAME_MAX = 80;

	private LetterDownload() {
	}

	/**
	 * UTF-8 with a byte order mark and Windows line ends: the Notepad of older Windows, still common in offices, reads
	 * text without the mark as GBK and shows Chinese as garbage.
	 */
	public static ResponseEntity<byte[]> of(Letter letter) {
		String text = "\uFEFF" + letter.title() + "\n\n" + letter.body().strip() + "\n";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName(letter), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
	}

	/** The title, with nothing a file system or a header could take for syntax. */
	static String fileName(Letter letter) {
		String name = letter.title().replaceAll("[^\\p{L}\\p{N}（）()_\\-]", "_");
		if (name.length() > NAME_MAX) {
			name = name.substring(0, NAME_MAX);
		}
		return (name.isBlank() ? "letter-" + letter.id() : name) + ".txt";
	}

}
