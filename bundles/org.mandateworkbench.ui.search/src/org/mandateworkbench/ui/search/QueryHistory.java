package org.mandateworkbench.ui.search;

import java.util.ArrayList;
import java.util.List;

/** The queries searched in this session, newest first, without repeats. */
final class QueryHistory {

	private static final int SIZE = 20;

	private final List<String> queries = new ArrayList<>();

	/** Puts a query first, dropping an older copy and the oldest beyond the size. */
	void add(String query) {
		String text = query.strip();
		if (text.isEmpty()) {
			return;
		}
		queries.remove(text);
		queries.add(0, text);
		if (queries.size() > SIZE) {
			queries.remove(SIZE);
		}
	}

	List<String> queries() {
		return List.copyOf(queries);
	}
}
