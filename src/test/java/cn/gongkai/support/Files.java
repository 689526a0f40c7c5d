package cn.gongkai.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small real files of each accepted kind, and the disguises the upload must see through. */
public final class Files {

	private Files() {
	}

	public static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
	}

	public static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
	}

	public static byte[] xlsx() {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			for (String name : new String[] { "[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml" }) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	public static byte[] svg() {
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>".getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] html() {
		return "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
	}

}
