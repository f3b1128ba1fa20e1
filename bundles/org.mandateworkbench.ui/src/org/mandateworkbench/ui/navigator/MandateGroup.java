package org.mandateworkbench.ui.navigator;

import java.util.List;

import org.mandateworkbench.model.Mandate;

/**
 * A node of the navigator's mandate view: the mandates sharing a status, addressee or officer.
 *
 * @param name     the shared value, as shown
 * @param mandates the mandates in workspace order
 */
public record MandateGroup(String name, List<Mandate> mandates) {
}
