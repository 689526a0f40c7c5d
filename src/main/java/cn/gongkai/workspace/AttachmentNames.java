package cn.gongkai.workspace;

final class AttachmentNames {

	private AttachmentNames() {
	}

	/** The name as the browser sent it, trimmed to what a confirmation message needs. */
	static String display(String name) {
		if (name == null) {
			return "";
		}
		String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		return base.length() > 80 ? base.substring(0, 80) + "…" : base;
	}

}
