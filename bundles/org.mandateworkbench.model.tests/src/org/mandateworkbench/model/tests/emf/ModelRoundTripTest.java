package org.mandateworkbench.model.tests.emf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.query.MultilingualTextQuery;
import org.mandateworkbench.model.query.WorkspaceQuery;
import org.mandateworkbench.model.symbol.DocumentSymbol;
import org.mandateworkbench.model.util.MandatesResourceFactoryImpl;

class ModelRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void workspaceSurvivesXmiRoundTrip() throws IOException {
        MandateWorkspace original = SampleWorkspace.create();
        MandateWorkspace loaded = saveAndLoad(original);

        EcoreUtil.EqualityHelper equality = new EcoreUtil.EqualityHelper();
        assertTrue(equality.equals(original, loaded), "loaded workspace differs from the saved one");
    }

    @Test
    void symbolsComeBackAsDocumentSymbols() throws IOException {
        MandateWorkspace loaded = saveAndLoad(SampleWorkspace.create());

        Document report = loaded.getDocuments().get(0);
        assertInstanceOf(DocumentSymbol.class, report.getSymbol());
        assertEquals(DocumentSymbol.parse("CAC/COSP/2019/17"), report.getSymbol());
        assertEquals("CAC/COSP/2019/17", report.getSymbol().toString());
        assertEquals(List.of("CAC", "COSP"), report.getSymbol().series());
    }

    @Test
    void referencesKeyedBySymbolsResolveInTheLoadedWorkspace() throws IOException {
        MandateWorkspace loaded = saveAndLoad(SampleWorkspace.create());

        Document report = WorkspaceQuery.document(loaded, DocumentSymbol.parse("cac/cosp/2019/17")).orElseThrow();
        Document securityCouncil = WorkspaceQuery.document(loaded, DocumentSymbol.parse("S/RES/2462 (2019)"))
                .orElseThrow();
        Document revision = WorkspaceQuery.document(loaded, DocumentSymbol.parse("CAC/COSP/2019/17/Rev.1"))
                .orElseThrow();
        // A symbol with a space is an ID inside a many-valued reference: it must not split in two.
        assertEquals(List.of(securityCouncil, report), revision.getCites());
        assertEquals(List.of(report), revision.getSupersedes());
        assertTrue(revision.getSymbol().supersedes(report.getSymbol()));
    }

    @Test
    void mandateKeepsItsSourcesHistoryAndActions() throws IOException {
        MandateWorkspace loaded = saveAndLoad(SampleWorkspace.create());

        Meeting session = loaded.getBodies().get(0).getMeetings().get(0);
        Mandate mandate = loaded.getMandates().get(0);
        assertSame(session.getResolutions().get(0).getParagraphs().get(0), mandate.getSourceParagraphs().get(0));
        assertSame(session.getRecommendations().get(0), mandate.getSourceRecommendations().get(0));
        assertSame(session, mandate.getReportTo());
        assertEquals(List.of(MandateStatus.PENDING, MandateStatus.IN_PROGRESS),
                mandate.getStatusChanges().stream().map(c -> c.getStatus()).toList());
        assertEquals(LocalDate.of(2020, 3, 2), mandate.getStatusChanges().get(1).getDate());

        NoteVerbale note = assertInstanceOf(NoteVerbale.class, mandate.getActions().get(0));
        assertSame(mandate, note.getMandate());
        assertTrue(note.getAddressees().isAllStatesParties());
        StateResponse response = note.getResponses().get(0);
        assertSame(note, response.getNoteVerbale());
        assertSame(WorkspaceQuery.state(loaded, "chn").orElseThrow(), response.getState());
        assertEquals("\u4ecb\u7ecd\u4e86\u65b0\u7684\u534f\u8c03\u529e\u516c\u5ba4\u3002",
                MultilingualTextQuery.value(response.getTopicSummaries().get(0).getSummary(), "zh-CN").orElseThrow());
    }

    private MandateWorkspace saveAndLoad(MandateWorkspace workspace) throws IOException {
        URI uri = URI.createFileURI(folder.resolve("workspace.mandates").toString());
        ResourceSet saving = newResourceSet();
        Resource resource = saving.createResource(uri);
        resource.getContents().add(workspace);
        resource.save(Map.of());

        ResourceSet loading = newResourceSet();
        Resource loaded = loading.getResource(uri, true);
        assertEquals(List.of(), loaded.getErrors());
        assertEquals(List.of(), loaded.getWarnings());
        return (MandateWorkspace) loaded.getContents().get(0);
    }

    static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(MandatesPackage.eNS_URI, MandatesPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("mandates",
                new MandatesResourceFactoryImpl());
        return resourceSet;
    }
}
