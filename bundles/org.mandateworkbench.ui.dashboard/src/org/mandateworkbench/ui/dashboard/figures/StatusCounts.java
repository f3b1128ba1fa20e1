package org.mandateworkbench.ui.dashboard.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.progress.MandateStatusQuery;

/** The workspace's mandates grouped by their status on a date, every status present (possibly empty). */
public final class StatusCounts {

	private StatusCounts() {
	}

	/** @return the mandates of each status, statuses in declaration order, mandates in workspace order */
	public static Map<MandateStatus, List<Mandate>> of(MandateWorkspace workspace, LocalDate asOf) {
		Map<MandateStatus, List<Mandate>> byStatus = new EnumMap<>(MandateStatus.class);
		for (MandateStatus status : MandateStatus.values()) {
			byStatus.put(status, new ArrayList<>());
		}
		for (Mandate mandate : workspace.getMandates()) {
			byStatus.get(MandateStatusQuery.statusAsOf(mandate, asOf)).add(mandate);
		}
		return byStatus;
	}
}
