package cn.gongkai.record;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A search of the column, in one section or (with a null {@code sectionKey}) in all. {@code words} are separated by
 * spaces (half- or full-width) and must all appear, each in the title, the summary or the body; they are matched
 * literally: "%" and "_" are characters, not wildcards.
 */
public record ColumnQuery(String sectionKey, String words, OffsetDateTime from, OffsetDateTime to, String unitId) {

	/** More words than this are ignored: a citizen's query, not a text to match. */
	public static final int MAX_WORDS = 8;

	List<String> wordList() {
		if (words == null || words.isBlank()) {
			return List.of();
		}
		return Arrays.stream(words.strip().split("[\\s\\u3000]+")).limit(MAX_WORDS).toList();
	}

	/** Conditions are written only for the filters given, so that each query keeps its own plan and index. */
	String sectionCondition() {
		return sectionKey == null ? "" : " AND e.section_key = :section";
	}

	/** The condition on the published version {@code p} that every word appears. */
	String wordsCondition() {
		StringBuilder sql = new StringBuilder();
		for (int i = 0; i < wordList().size(); i++) {
			sql.append(" AND (p.title LIKE :w").append(i).append(" ESCAPE '\\' OR p.summary LIKE :w").append(i)
				.append(" ESCAPE '\\' OR p.body LIKE :w").append(i).append(" ESCAPE '\\')");
		}
		return sql.toString();
	}

	Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("section", sectionKey);
		List<String> list = wordList();
		for (int i = 0; i < list.size(); i++) {
			parameters.put("w" + i, "%" + list.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		parameters.put("fromTime", from);
		parameters.put("toTime", to);
		parameters.put("unit", unitId);
		return parameters;
	}

}
