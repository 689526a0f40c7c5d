package cn.gongkai.record;

/** Grounds in 《中华人民共和国政府信息公开条例》 for not disclosing. */
public enum LegalBasis {

	ART14("《政府信息公开条例》第十四条（国家秘密及危及安全稳定的信息）"),
	ART15("《政府信息公开条例》第十五条（商业秘密、个人隐私）"),
	ART16("《政府信息公开条例》第十六条（内部事务、过程性信息、行政执法案卷）");

	private final String label;

	LegalBasis(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
