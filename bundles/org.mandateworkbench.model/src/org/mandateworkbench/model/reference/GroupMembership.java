package org.mandateworkbench.model.reference;

/**
 * How a State belongs to its regional group. The United States is the one {@link #OBSERVER}: it
 * attends the Western European and Others Group and is counted with it for elections, without
 * being a member.
 */
public enum GroupMembership {
    FULL, OBSERVER, NONE
}
