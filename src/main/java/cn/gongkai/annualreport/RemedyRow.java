package cn.gongkai.annualreport;

/** The rows of table four, 政府信息公开行政复议、行政诉讼情况, of the national format. */
public enum RemedyRow {

	RECONSIDERATION("行政复议"), LITIGATION_DIRECT("行政诉讼：未经复议直接起诉"), LITIGATION_AFTER_RECONSIDERATION("行政诉讼：复议后起诉");

	private final String label;

	RemedyRow(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The columns of every row of table four; the last is the sum of the others. */
	public enum RemedyColumn {

		UPHELD("结果维持"), CORRECTED("结果纠正"), OTHER("其他结果"), PENDING("尚未审结"), TOTAL("总计");

		private final String label;

		RemedyColumn(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

}
