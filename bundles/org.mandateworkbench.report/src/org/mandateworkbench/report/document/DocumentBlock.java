package org.mandateworkbench.report.document;

/** One block of a draft's body, in reading order. Renderers switch over the permitted kinds. */
public sealed interface DocumentBlock permits Heading, NumberedParagraph, LetteredList, Table {
}
