package org.mandateworkbench.model.query;

import java.util.Optional;

import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.State;
import org.mandateworkbench.model.symbol.DocumentSymbol;

/** Look-ups in a workspace by the keys users know: document symbols and ISO country codes. */
public final class WorkspaceQuery {

    private WorkspaceQuery() {
    }

    /** @return the document with this symbol (symbols compare by their normalized key) */
    public static Optional<Document> document(MandateWorkspace workspace, DocumentSymbol symbol) {
        return workspace.getDocuments().stream().filter(d -> symbol.equals(d.getSymbol())).findFirst();
    }

    /** @return the State with this ISO 3166-1 alpha-3 code, compared without regard to case */
    public static Optional<State> state(MandateWorkspace workspace, String isoCode) {
        return workspace.getStates().stream().filter(s -> isoCode.equalsIgnoreCase(s.getIsoCode())).findFirst();
    }
}
