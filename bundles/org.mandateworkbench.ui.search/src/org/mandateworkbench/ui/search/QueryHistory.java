package org.mandateworkbench.ui.search;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * The last queries searched, newest first, without repeats, kept in the instance preferences so
 * that the next session offers the same queries.
 */
final class QueryHistory {

	/** The preference node and key of the stored history: the queries, one a line, newest first. */
	static final String NODE = "org.mandateworkbench.ui.search"; //$NON-NLS-1$
	static final String KEY = "queryHistory"; //$NON-NLS-1$

	private static final int SIZE = 20;

	private final List<String> queries = new ArrayList<>();
	private final Preferences store;

	private QueryHistory(Preferences store) {
		this.store = store;
		// oldest first, as each remembered query goes to the front
		store.get(KEY, "").lines().toList().reversed().forEach(this::remember); //$NON-NLS-1$
	}

	/** @return the history of earlier sessions, stored again on every change */
	static QueryHistory stored() {
		return new QueryHistory(InstanceScope.INSTANCE.getNode(NODE));
	}

	/** Puts a query first, dropping an older copy and the oldest beyond the size. */
	void add(String query) {
		if (!remember(query.strip())) {
			return;
		}
		store.put(KEY, String.join("\n", queries)); //$NON-NLS-1$
		try {
			store.flush();
		} catch (BackingStoreException e) {
			// the history still works for this session; the next one starts from what was stored before
			ILog.of(QueryHistory.class).warn("The search history could not be stored: " + e.getMessage()); //$NON-NLS-1$
		}
	}

	private boolean remember(String text) {
		if (text.isEmpty() || text.contains("\n")) { //$NON-NLS-1$
			return false;
		}
		queries.remove(text);
		queries.add(0, text);
		if (queries.size() > SIZE) {
			queries.remove(SIZE);
		}
		return true;
	}

	List<String> queries() {
		return List.copyOf(queries);
	}
}
