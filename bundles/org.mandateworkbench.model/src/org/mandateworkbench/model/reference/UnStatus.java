package org.mandateworkbench.model.reference;

/** Whether a State is a Member of the United Nations or a non-member observer State. */
public enum UnStatus {
    MEMBER, OBSERVER
}
