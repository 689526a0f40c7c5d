package cn.gongkai.annualreport;

import java.util.List;

/**
 * The rows of table two, 主动公开政府信息情况, of the national annual report format (国办公开办函〔2021〕30号), each with
 * the item of article 20 it reports and the columns the format gives it.
 */
public enum ActiveRow {

	REGULATIONS("规章", "第二十条第（一）项", List.of(ActiveColumn.ISSUED, ActiveColumn.REPEALED, ActiveColumn.IN_FORCE)),
	NORMATIVE_DOCUMENTS("行政规范性文件", "第二十条第（一）项",
			List.of(ActiveColumn.ISSUED, ActiveColumn.REPEALED, ActiveColumn.IN_FORCE)),
	LICENSING("行政许可", "第二十条第（五）项", List.of(ActiveColumn.DECISIONS)),
	PENALTY("行政处罚", "第二十条第（六）项", List.of(ActiveColumn.DECISIONS)),
	COERCION("行政强制", "第二十条第（六）项", List.of(ActiveColumn.DECISIONS)),
	FEES("行政事业性收费", "第二十条第（八）项", List.of(ActiveColumn.AMOUNT));

	private final String label;
	private final String article;
	private final List<ActiveColumn> columns;

	ActiveRow(String label, String article, List<ActiveColumn> columns) {
		this.label = label;
		this.article = article;
		this.columns = columns;
	}

	public String label() {
		return label;
	}

	public String article() {
		return article;
	}

	public List<ActiveColumn> columns() {
		return columns;
	}

	/** The columns of table two. */
	public enum ActiveColumn {

		ISSUED("本年制发件数", false), REPEALED("本年废止件数", false), IN_FORCE("现行有效件数", false),
		DECISIONS("本年处理决定数量", false), AMOUNT("本年收费金额（单位：万元）", true);

		private final String label;
		private final boolean money;

		ActiveColumn(String label, boolean money) {
			this.label = label;
			this.money = money;
		}

		public String label() {
			return label;
		}

		/** Ten-thousands of yuan with two decimals; every other column counts documents or decisions. */
		public boolean money() {
			return money;
		}

	}

}
