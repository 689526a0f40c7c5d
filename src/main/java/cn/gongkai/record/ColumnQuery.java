package cn.gongkai.record;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * A search within one section of the column. {@code words} are matched literally: "%" and "_" are characters, not
 * wildcards.
 */
public record ColumnQuery(String sectionKey, String words, OffsetDateTime from, OffsetDateTime to, String unitId) {

	Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("section", sectionKey);
		parameters.put("pattern", words == null || words.isBlank() ? null
				: "%" + words.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		parameters.put("fromTime", from);
		parameters.put("toTime", to);
		parameters.put("unit", unitId);
		return parameters;
	}

}
