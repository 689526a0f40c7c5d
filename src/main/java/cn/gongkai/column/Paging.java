package cn.gongkai.column;

/**
 * Which page of a list a visitor sees: a page asked for beyond either end shows the nearest page that exists, so that
 * an old or edited address still shows records rather than an empty page.
 */
record Paging(int page, int pages, long total, int size) {

	static Paging of(long total, int requested, int size) {
		int pages = (int) Math.max(1, (total + size - 1) / size);
		return new Paging(Math.min(Math.max(requested, 1), pages), pages, total, size);
	}

	int offset() {
		return (page - 1) * size;
	}

}
