package cn.gongkai.waterquality;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.gongkai.datatable.TableCells;

/**
 * The items of GB 3838-2002 a table may report, with the standard's limits: table 1's basic items with a limit per
 * class (Ⅰ to Ⅴ), table 2's supplementary items and a selection of table 3's specific items for drinking-water
 * sources, each with its one limit. Concentrations are in mg/L except pH (no unit) and faecal coliforms (个/L).
 */
public enum WaterItem {

	PH("pH", "pH", "无量纲", Table.BASIC, Bound.RANGE, "6", "6", "6", "6", "6"),
	DO("溶解氧", "DO", "mg/L", Table.BASIC, Bound.LOWER, "7.5", "6", "5", "3", "2"),
	CODMN("高锰酸盐指数", "CODMn", "mg/L", Table.BASIC, Bound.UPPER, "2", "4", "6", "10", "15"),
	COD("化学需氧量", "COD", "mg/L", Table.BASIC, Bound.UPPER, "15", "15", "20", "30", "40"),
	BOD5("五日生化需氧量", "BOD5", "mg/L", Table.BASIC, Bound.UPPER, "3", "3", "4", "6", "10"),
	NH3N("氨氮", "NH3-N", "mg/L", Table.BASIC, Bound.UPPER, "0.15", "0.5", "1.0", "1.5", "2.0"),
	/** Rivers' limits; lakes and reservoirs have their own ({@link #LAKE_TP}). */
	TP("总磷", "TP", "mg/L", Table.BASIC, Bound.UPPER, "0.02", "0.1", "0.2", "0.3", "0.4"),
	/** Reported with its class; the assessment of a section leaves it out (地表水环境质量评价办法). */
	TN("总氮", "TN", "mg/L", Table.BASIC, Bound.UPPER, "0.2", "0.5", "1.0", "1.5", "2.0"),
	CU("铜", "Cu", "mg/L", Table.BASIC, Bound.UPPER, "0.01", "1.0", "1.0", "1.0", "1.0"),
	ZN("锌", "Zn", "mg/L", Table.BASIC, Bound.UPPER, "0.05", "1.0", "1.0", "2.0", "2.0"),
	F("氟化物", "F", "mg/L", Table.BASIC, Bound.UPPER, "1.0", "1.0", "1.0", "1.5", "1.5"),
	SE("硒", "Se", "mg/L", Table.BASIC, Bound.UPPER, "0.01", "0.01", "0.01", "0.02", "0.02"),
	AS("砷", "As", "mg/L", Table.BASIC, Bound.UPPER, "0.05", "0.05", "0.05", "0.1", "0.1"),
	HG("汞", "Hg", "mg/L", Table.BASIC, Bound.UPPER, "0.00005", "0.00005", "0.0001", "0.001", "0.001"),
	CD("镉", "Cd", "mg/L", Table.BASIC, Bound.UPPER, "0.001", "0.005", "0.005", "0.005", "0.01"),
	CR6("六价铬", "Cr6+", "mg/L", Table.BASIC, Bound.UPPER, "0.01", "0.05", "0.05", "0.05", "0.1"),
	PB("铅", "Pb", "mg/L", Table.BASIC, Bound.UPPER, "0.01", "0.01", "0.05", "0.05", "0.1"),
	CN("氰化物", "CN", "mg/L", Table.BASIC, Bound.UPPER, "0.005", "0.05", "0.2", "0.2", "0.2"),
	PHENOL("挥发酚", "Phenol", "mg/L", Table.BASIC, Bound.UPPER, "0.002", "0.002", "0.005", "0.01", "0.1"),
	OIL("石油类", "Oil", "mg/L", Table.BASIC, Bound.UPPER, "0.05", "0.05", "0.05", "0.5", "1.0"),
	LAS("阴离子表面活性剂", "LAS", "mg/L", Table.BASIC, Bound.UPPER, "0.2", "0.2", "0.2", "0.3", "0.3"),
	SULFIDE("硫化物", "S2-", "mg/L", Table.BASIC, Bound.UPPER, "0.05", "0.1", "0.2", "0.5", "1.0"),
	/** Reported with its class; left out of the assessment like total nitrogen. */
	FC("粪大肠菌群", "FC", "个/L", Table.BASIC, Bound.UPPER, "200", "2000", "10000", "20000", "40000"),

	SULFATE("硫酸盐", "SO4", "mg/L", Table.SUPPLEMENTARY, Bound.UPPER, "250"),
	CHLORIDE("氯化物", "Cl", "mg/L", Table.SUPPLEMENTARY, Bound.UPPER, "250"),
	NITRATE("硝酸盐", "NO3-N", "mg/L", Table.SUPPLEMENTARY, Bound.UPPER, "10"),
	FE("铁", "Fe", "mg/L", Table.SUPPLEMENTARY, Bound.UPPER, "0.3"),
	MN("锰", "Mn", "mg/L", Table.SUPPLEMENTARY, Bound.UPPER, "0.1"),

	CHLOROFORM("三氯甲烷", "CHCl3", "mg/L", Table.SPECIFIC, Bound.UPPER, "0.06"),
	CARBON_TETRACHLORIDE("四氯化碳", "CCl4", "mg/L", Table.SPECIFIC, Bound.UPPER, "0.002"),
	DICHLOROMETHANE("二氯甲烷", "CH2Cl2", "mg/L", Table.SPECIFIC, Bound.UPPER, "0.02"),
	BENZENE("苯", "Benzene", "mg/L", Table.SPECIFIC, Bound.UPPER, "0.01"),
	TOLUENE("甲苯", "Toluene", "mg/L", Table.SPECIFIC, Bound.UPPER, "0.7"),
	ETHYLBENZENE("乙苯", "Ethylbenzene", "mg/L", Table.SPECIFIC, Bound.UPPER, "0.3"),
	XYLENE("二甲苯", "Xylene", "mg/L", Table.SPECIFIC, Bound.UPPER, "0.5"),
	STYRENE("苯乙烯", "Styrene", "mg/L", Table.SPECIFIC, Bound.UPPER, "0.02"),
	FORMALDEHYDE("甲醛", "HCHO", "mg/L", Table.SPECIFIC, Bound.UPPER, "0.9"),
	NITROBENZENE("硝基苯", "Nitrobenzene", "mg/L", Table.SPECIFIC, Bound.UPPER, "0.017"),
	BENZO_A_PYRENE("苯并[a]芘", "BaP", "mg/L", Table.SPECIFIC, Bound.UPPER, "0.0000028"),
	ATRAZINE("阿特拉津", "Atrazine", "mg/L", Table.SPECIFIC, Bound.UPPER, "0.003"),
	MO("钼", "Mo", "mg/L", Table.SPECIFIC, Bound.UPPER, "0.07"),
	CO("钴", "Co", "mg/L", Table.SPECIFIC, Bound.UPPER, "1.0"),
	BE("铍", "Be", "mg/L", Table.SPECIFIC, Bound.UPPER, "0.002"),
	B("硼", "B", "mg/L", Table.SPECIFIC, Bound.UPPER, "0.5"),
	SB("锑", "Sb", "mg/L", Table.SPECIFIC, Bound.UPPER, "0.005"),
	NI("镍", "Ni", "mg/L", Table.SPECIFIC, Bound.UPPER, "0.02"),
	BA("钡", "Ba", "mg/L", Table.SPECIFIC, Bound.UPPER, "0.7"),
	V("钒", "V", "mg/L", Table.SPECIFIC, Bound.UPPER, "0.05"),
	TI("钛", "Ti", "mg/L", Table.SPECIFIC, Bound.UPPER, "0.1"),
	TL("铊", "Tl", "mg/L", Table.SPECIFIC, Bound.UPPER, "0.0001");

	/** Total phosphorus in lakes and reservoirs, classes Ⅰ to Ⅴ. */
	static final List<BigDecimal> LAKE_TP = decimals("0.01", "0.025", "0.05", "0.1", "0.2");

	/** pH's range for every class. */
	static final BigDecimal PH_LOW = new BigDecimal("6");

	static final BigDecimal PH_HIGH = new BigDecimal("9");

	/** The items a surface-water table must report for every section and month. */
	static final List<WaterItem> SURFACE_REQUIRED = List.of(PH, DO, CODMN, COD, BOD5, NH3N, TP);

	enum Table {

		/** 表1 地表水环境质量标准基本项目: a limit per class. */
		BASIC,
		/** 表2 集中式生活饮用水地表水源地补充项目. */
		SUPPLEMENTARY,
		/** 表3 集中式生活饮用水地表水源地特定项目. */
		SPECIFIC

	}

	enum Bound {

		/** The value may be at most the limit. */
		UPPER,
		/** Dissolved oxygen: the value must be at least the limit. */
		LOWER,
		/** pH: between 6 and 9 in every class. */
		RANGE

	}

	private final String label;

	private final String code;

	private final String unit;

	private final Table table;

	private final Bound bound;

	private final List<BigDecimal> limits;

	WaterItem(String label, String code, String unit, Table table, Bound bound, String... limits) {
		this.label = label;
		this.code = code;
		this.unit = unit;
		this.table = table;
		this.bound = bound;
		this.limits = decimals(limits);
	}

	private static List<BigDecimal> decimals(String... values) {
		return Arrays.stream(values).map(BigDecimal::new).toList();
	}

	/**
	 * The item a table's heading names, by its Chinese name or its code ("氨氮" or "NH3-N"), whatever brackets it is
	 * written with (苯并(a)芘, 苯并[a]芘).
	 */
	static Optional<WaterItem> named(String name) {
		String n = bare(name);
		return Arrays.stream(values()).filter(i -> bare(i.label).equals(n) || bare(i.code).equals(n)).findFirst();
	}

	private static String bare(String name) {
		return TableCells.normal(name).replaceAll("[()（）\\[\\]【】]", "");
	}

	public String label() {
		return label;
	}

	public String code() {
		return code;
	}

	public String unit() {
		return unit;
	}

	/** The heading of the item's column in a template and a download: 氨氮(mg/L). */
	public String heading() {
		return label + "(" + unit + ")";
	}

	Table table() {
		return table;
	}

	Bound bound() {
		return bound;
	}

	/** Table 1's items have a class; tables 2 and 3's a single limit. */
	public boolean hasClasses() {
		return table == Table.BASIC;
	}

	/** Whether the item's class counts toward a site's class (total nitrogen and faecal coliforms do not). */
	public boolean assessed() {
		return this != TN && this != FC;
	}

	/** The limit of a class of table 1 (for a lake or reservoir where that differs), or tables 2 and 3's one limit. */
	BigDecimal limit(WaterClass waterClass, boolean lake) {
		if (!hasClasses()) {
			return limits.get(0);
		}
		return (this == TP && lake ? LAKE_TP : limits).get(waterClass.number() - 1);
	}

}
