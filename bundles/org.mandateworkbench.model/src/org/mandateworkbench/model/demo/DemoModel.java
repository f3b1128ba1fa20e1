package org.mandateworkbench.model.demo;

import static org.mandateworkbench.model.demo.DemoBuilder.date;

import org.mandateworkbench.model.MandateWorkspace;

/**
 * A complete demonstration workspace built from the facts of the project's five seed documents:
 * UNCAC and UNTOC; the Conference of the States Parties (sessions 3 to 7) and its expert meeting on
 * international cooperation (meetings 3 to 8), asset-recovery working group and Implementation
 * Review Group; the UNTOC Conference of the Parties and its working group on international
 * cooperation; the resolutions, recommendations and mandates they produced; the notes verbales of
 * 2017 to 2018 with the States' replies; the indicators of the directory of competent authorities;
 * and every document symbol the seeds cite.
 * <p>
 * All texts are short summaries written for the demo in English and Chinese, not quotations. What
 * the seeds do not give (exact reply dates, paragraph numbers of most resolution paragraphs, the
 * seeds' own symbols) is left empty or marked, as described in README.md beside this class. Every
 * object that has an id gets a stable, readable one, e.g. state-KOR, body-CAC-COSP-EG.1,
 * nv-2018-02-09. Nothing is read from outside the bundle.
 */
public final class DemoModel {

    /** The workspace name of the demo. */
    public static final String NAME = "demo";

    private DemoModel() {
    }

    /** @return a new, fully connected demo workspace; each call builds a fresh copy */
    public static MandateWorkspace create() {
        DemoBuilder builder = new DemoBuilder();
        builder.workspace.setName(NAME);
        builder.instrument("UNCAC", "United Nations Convention against Corruption", "联合国反腐败公约",
                date(2003, 10, 31), date(2005, 12, 14));
        builder.instrument("UNTOC", "United Nations Convention against Transnational Organized Crime",
                "联合国打击跨国有组织犯罪公约", date(2000, 11, 15), date(2003, 9, 29));
        builder.actors();
        new UntocWorkingGroupDemo(builder).build();
        new UncacCooperationDemo(builder).build();
        new AssetRecoveryDemo(builder).build();
        new MandatesDemo(builder).build();
        return builder.workspace;
    }
}
