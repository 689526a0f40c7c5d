package cn.gongkai.record;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types a record may carry, recognised by their content. The name's extension must agree with the content, so
 * that an HTML page or an SVG renamed to {@code .png} is refused rather than served.
 */
public enum FileKind {

	PDF("application/pdf", Set.of("pdf")),
	PNG("image/png", Set.of("png")),
	JPEG("image/jpeg", Set.of("jpg", "jpeg")),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx"));

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
	private static final byte[] JPEG_MAGIC = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };
	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };
	private static final int MAX_ZIP_ENTRIES_INSPECTED = 2000;

	private final String mediaType;
	private final Set<String> extensions;

	FileKind(String mediaType, Set<String> extensions) {
		this.mediaType = mediaType;
		this.extensions = extensions;
	}

	public String mediaType() {
		return mediaType;
	}

	public boolean acceptsExtension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	public static Optional<FileKind> sniff(byte[] content) {
		if (startsWith(content, PDF_MAGIC)) {
			return Optional.of(PDF);
		}
		if (startsWith(content, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, JPEG_MAGIC)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, ZIP_MAGIC) && isWorkbook(content)) {
			return Optional.of(XLSX);
		}
		return Optional.empty();
	}

	/** Reads entry names only; no entry is inflated, so a zip bomb costs nothing. */
	private static boolean isWorkbook(byte[] content) {
		try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			boolean contentTypes = false;
			boolean workbook = false;
			ZipEntry entry;
			int seen = 0;
			while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES_INSPECTED) {
				contentTypes |= entry.getName().equals("[Content_Types].xml");
				workbook |= entry.getName().equals("xl/workbook.xml");
			}
			return contentTypes && workbook;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

}
