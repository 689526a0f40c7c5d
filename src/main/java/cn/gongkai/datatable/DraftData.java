package cn.gongkai.datatable;

import cn.gongkai.record.Record;
import cn.gongkai.record.RecordRefusedException;
import cn.gongkai.record.TextHygiene;

/**
 * What every kind of a record's data table shares while the record is drafted: only a record being drafted takes a
 * table or gives one up, and the file a table came from is kept by a name any column takes.
 */
public final class DraftData {

	static final int NAME_MAX = 255;

	private DraftData() {
	}

	/** The record, if it is being drafted: a submitted or published record's table changes only by a correction. */
	public static Record editable(Record record) {
		if (!record.status().editable()) {
			throw new RecordRefusedException("记录已提交审核或已公开，不能修改数据；如需修改请申请更正");
		}
		return record;
	}

	/**
	 * The name a table is kept by: the file's as the browser sent it, printable (it may carry characters, such as NUL,
	 * that no database column takes) and at most {@value #NAME_MAX} characters; a pasted table has none.
	 */
	public static String fileName(String sent) {
		String printable = sent == null ? "" : TextHygiene.printable(sent).strip();
		String name = printable.isEmpty() ? "粘贴的表格" : printable;
		return name.length() > NAME_MAX ? name.substring(0, NAME_MAX) : name;
	}

}
