package cn.gongkai.datatable;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The cells of an uploaded data table, as text: a CSV file (UTF-8, or GB18030 as Excel saves it on a Chinese
 * Windows) or the first sheet of an XLSX workbook. Nothing here judges the values; the table's check does.
 */
public final class TableFile {

	/** More rows than a half-month of every station could need: a larger file is a mistake, not data. */
	static final int MAX_ROWS = 5000;

	/**
	 * A half-month of every station is some tens of kilobytes; a workbook is read whole into memory, so a large file is
	 * refused before it is opened.
	 */
	public static final int MAX_BYTES = 2 * 1024 * 1024;

	/** What one part of a workbook may unpack to: a sheet of 5,000 rows is far below it; a zip bomb is far above. */
	static final long MAX_UNPACKED_PART = 16L * 1024 * 1024;

	/**
	 * More columns than any table has (a drinking-water table with every item the system knows and the columns a
	 * download adds has about sixty): cells beyond are a sheet's margin notes and are not read.
	 */
	static final int MAX_COLUMNS = 100;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final Pattern DATE_1904 = Pattern.compile("date1904=\"(1|true)\"");

	static {
		// A process-wide setting of POI's: no part of this application reads larger workbooks.
		ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_PART);
	}

	private TableFile() {
	}

	public static List<List<String>> rows(String fileName, byte[] bytes) {
		if (bytes.length > MAX_BYTES) {
			throw new DataRefusedException("数据文件超过 " + MAX_BYTES / 1024 / 1024 + " MB：一期的数据不会这样大，请检查文件");
		}
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (startsWith(bytes, ZIP)) {
			return xlsx(bytes);
		}
		if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
			throw new DataRefusedException("文件不是有效的 XLSX 工作簿（旧版 .xls 请在 Excel 中另存为 .xlsx 或 CSV）");
		}
		return csv(text(bytes));
	}

	/**
	 * The first sheet, read as a stream of rows (POI's event API), stopping at the row limit; cells beyond the columns a
	 * table has are not read. The package itself is unpacked in memory, within the size limits above.
	 */
	private static List<List<String>> xlsx(byte[] bytes) {
		List<List<String>> rows = new ArrayList<>();
		try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(bytes))) {
			XSSFReader reader = new XSSFReader(workbook);
			boolean date1904;
			try (InputStream book = reader.getWorkbookData()) {
				date1904 = DATE_1904.matcher(new String(book.readAllBytes(), StandardCharsets.UTF_8)).find();
			}
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new DataRefusedException("XLSX 工作簿中没有工作表");
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
						new ReadOnlySharedStringsTable(workbook, false), new Collector(rows), new AsTyped(date1904), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (DataRefusedException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new DataRefusedException("无法读取 XLSX 工作簿：文件已损坏、解压后过大，或不是 Excel 工作簿");
		}
		return rows;
	}

	/** The cells of each row in place, blank rows kept, so that a problem's row number is the spreadsheet's. */
	private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final List<List<String>> rows;

		private List<String> row;

		Collector(List<List<String>> rows) {
			this.rows = rows;
		}

		@Override
		public void startRow(int rowNum) {
			// Before padding: a row numbered two billion in a tiny file must not become two billion empty rows.
			if (rowNum >= MAX_ROWS) {
				throw tooManyRows();
			}
			while (rows.size() < rowNum) {
				rows.add(List.of());
			}
			row = new ArrayList<>();
			rows.add(row);
		}

		@Override
		public void endRow(int rowNum) {
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = new CellReference(reference).getCol();
			if (column >= MAX_COLUMNS) {
				return;
			}
			while (row.size() < column) {
				row.add("");
			}
			row.add(value == null ? "" : value);
		}

	}

	/**
	 * A number as typed, not as its cell's format shows it (a format "0" would show CO 0.6 as 1), and a day as the day
	 * (2026-12-01), whatever the format writes.
	 */
	private static final class AsTyped extends DataFormatter {

		/** Whether the workbook counts days from 1904 (Excel for Mac's old default) rather than from 1900. */
		private final boolean date1904;

		AsTyped(boolean date1904) {
			this.date1904 = date1904;
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value, date1904).toLocalDate().toString();
			}
			return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}

	}

	private static String text(byte[] bytes) {
		int start = startsWith(bytes, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }) ? 3 : 0;
		ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(buffer)
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(bytes, Charset.forName("GB18030"));
		}
	}

	/** RFC 4180: fields separated by commas, quoted with double quotes where they hold commas, quotes or lines. */
	static List<List<String>> csv(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == ',' || c == '，' || c == '\t') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				checkSize(rows);
				row = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		if (!field.isEmpty() || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}

	private static void checkSize(List<List<String>> rows) {
		if (rows.size() > MAX_ROWS) {
			throw tooManyRows();
		}
	}

	private static DataRefusedException tooManyRows() {
		return new DataRefusedException("表格超过 " + MAX_ROWS + " 行：一期的数据不会这样多，请检查文件");
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
