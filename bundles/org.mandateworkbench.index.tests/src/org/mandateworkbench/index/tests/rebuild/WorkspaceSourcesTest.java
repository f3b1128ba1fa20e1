package org.mandateworkbench.index.tests.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.index.UnitFingerprint;
import org.mandateworkbench.index.WorkspaceDocuments;
import org.mandateworkbench.model.LanguageVersion;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.demo.DemoModel;

class WorkspaceSourcesTest {

    @Test
    void slicesOfTheSourcesGiveTheUnitsOfTheWholeWorkspace() {
        MandateWorkspace workspace = withText(DemoModel.create());
        Map<String, String> whole = fingerprints(WorkspaceDocuments.build(workspace));
        List<EObject> sources = WorkspaceDocuments.sources(workspace);
        assertTrue(whole.size() > sources.size(), "documents give several units each: " + whole.size());
        for (int slice : new int[] { 1, 7, 128 }) {
            Map<String, Document> units = new LinkedHashMap<>();
            for (int start = 0; start < sources.size(); start += slice) {
                units.putAll(WorkspaceDocuments.build(sources.subList(start, Math.min(sources.size(), start + slice))));
            }
            assertEquals(List.copyOf(whole.entrySet()), List.copyOf(fingerprints(units).entrySet()), "slices of " + slice);
        }
    }

    @Test
    void skipsALanguageVersionRemovedAfterTheSourcesWereListed() {
        MandateWorkspace workspace = withText(DemoModel.create());
        List<EObject> sources = WorkspaceDocuments.sources(workspace);
        LanguageVersion version = sources.stream().filter(LanguageVersion.class::isInstance).map(LanguageVersion.class::cast)
                .findFirst().orElseThrow();
        assertEquals(3, WorkspaceDocuments.build(List.of(version)).size());
        ((org.mandateworkbench.model.Document) version.eContainer()).getVersions().remove(version);
        assertEquals(Map.of(), WorkspaceDocuments.build(List.of(version)));
    }

    /** Gives the first document a Chinese text: a heading and two numbered paragraphs. */
    private static MandateWorkspace withText(MandateWorkspace workspace) {
        LanguageVersion version = MandatesFactory.eINSTANCE.createLanguageVersion();
        version.setLanguage("zh");
        version.setText("导言\n\n1. 专家组会议审议了资产追回。\n\n2. 挖威提交了答复。\n");
        workspace.getDocuments().get(0).getVersions().add(version);
        return workspace;
    }

    private static Map<String, String> fingerprints(Map<String, Document> units) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        units.forEach((id, unit) -> fingerprints.put(id, UnitFingerprint.of(unit)));
        return fingerprints;
    }
}
