package cn.gongkai.record;

import java.util.Optional;

/**
 * Characters XML 1.0 forbids (most C0 controls, unpaired surrogates, U+FFFE and U+FFFF) are refused where a person
 * types them and never written out: one such character makes a whole Atom feed ill-formed for every reader.
 */
public final class TextHygiene {

	private TextHygiene() {
	}

	public static boolean allowed(int codePoint) {
		return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD || codePoint >= 0x20 && codePoint <= 0xD7FF
				|| codePoint >= 0xE000 && codePoint <= 0xFFFD || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
	}

	/** The 1-based position (in characters a person counts) of the first forbidden character, if any. */
	public static Optional<Integer> firstForbidden(String text) {
		if (text == null) {
			return Optional.empty();
		}
		int position = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			position++;
			if (!allowed(codePoint)) {
				return Optional.of(position);
			}
			i += Character.charCount(codePoint);
		}
		return Optional.empty();
	}

	/** The text without forbidden characters: for output, and for echoing a refused input in a message. */
	public static String printable(String text) {
		if (text == null || firstForbidden(text).isEmpty()) {
			return text;
		}
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints().filter(TextHygiene::allowed).forEach(clean::appendCodePoint);
		return clean.toString();
	}

	/** A refusal naming the field and the position, or nothing when the text is clean. */
	public static Optional<String> problem(String label, String text) {
		return firstForbidden(text).map(position -> label + "第 " + position + " 个字符是不允许的控制字符，请删除后再提交");
	}

}
