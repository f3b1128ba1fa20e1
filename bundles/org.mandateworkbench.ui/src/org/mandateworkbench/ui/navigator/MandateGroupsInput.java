package org.mandateworkbench.ui.navigator;

import java.util.List;

/** The input of the navigator's mandate view: the groups to show at the top level. */
public record MandateGroupsInput(List<MandateGroup> groups) {
}
