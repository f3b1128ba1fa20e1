package org.mandateworkbench.model.tests.emf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.symbol.DocumentSymbol;

class ModelDataTypeTest {

    private static final MandatesFactory FACTORY = MandatesFactory.eINSTANCE;

    @Test
    void parsesSymbolIntoDocumentSymbol() {
        Object value = FACTORY.createFromString(MandatesPackage.Literals.DOCUMENT_SYMBOL, "cac/cosp/eg.1/2019/l.1/add.3");

        DocumentSymbol symbol = assertInstanceOf(DocumentSymbol.class, value);
        assertEquals(DocumentSymbol.parse("CAC/COSP/EG.1/2019/L.1/Add.3"), symbol);
    }

    @Test
    void writesSymbolInCanonicalSpelling() {
        DocumentSymbol symbol = DocumentSymbol.parse("ctoc/cop/wg.3/2015/inf/1/rev.1");

        assertEquals("CTOC/COP/WG.3/2015/INF/1/Rev.1",
                FACTORY.convertToString(MandatesPackage.Literals.DOCUMENT_SYMBOL, symbol));
    }

    @Test
    void symbolSurvivesConversionBothWays() {
        for (String text : new String[] { "CAC/COSP/2019/17", "CAC/COSP/IRG/2020/CRP.13", "S/RES/2462 (2019)",
                "CTOC/COP/WG.3/2015/INF/1/Rev.1" }) {
            Object symbol = FACTORY.createFromString(MandatesPackage.Literals.DOCUMENT_SYMBOL, text);
            assertEquals(text, FACTORY.convertToString(MandatesPackage.Literals.DOCUMENT_SYMBOL, symbol));
        }
    }

    @Test
    void nullSymbolConvertsToNull() {
        assertNull(FACTORY.createFromString(MandatesPackage.Literals.DOCUMENT_SYMBOL, null));
        assertNull(FACTORY.convertToString(MandatesPackage.Literals.DOCUMENT_SYMBOL, null));
    }

    @Test
    void rejectsMalformedSymbolQuotingItAndSayingWhatWasExpected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> FACTORY.createFromString(MandatesPackage.Literals.DOCUMENT_SYMBOL, "CAC//COSP"));

        assertEquals("'CAC//COSP' is not a valid document symbol. "
                + DocumentSymbol.parseResult("CAC//COSP").problem().orElseThrow().message(), error.getMessage());
        assertTrue(error.getMessage().contains("expected"), error.getMessage());
    }

    @Test
    void rejectsSymbolWithoutDocumentNumber() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> FACTORY.createFromString(MandatesPackage.Literals.DOCUMENT_SYMBOL, "CAC/COSP/"));

        assertTrue(error.getMessage().startsWith("'CAC/COSP/' is not a valid document symbol."), error.getMessage());
    }

    @Test
    void convertsDatesBothWays() {
        Object date = FACTORY.createFromString(MandatesPackage.Literals.LOCAL_DATE, "2019-12-16");

        assertEquals(LocalDate.of(2019, 12, 16), date);
        assertEquals("2019-12-16", FACTORY.convertToString(MandatesPackage.Literals.LOCAL_DATE, date));
    }

    @Test
    void rejectsImpossibleDate() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> FACTORY.createFromString(MandatesPackage.Literals.LOCAL_DATE, "2019-13-02"));

        assertTrue(error.getMessage().startsWith("'2019-13-02' is not a valid date; expected"), error.getMessage());
    }

    @Test
    void malformedSymbolInFileBecomesResourceErrorWithTheReason() {
        String xmi = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<mandates:MandateWorkspace xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:mandates=\"" + MandatesPackage.eNS_URI + "\">\n"
                + "  <documents symbol=\"CAC/COSP/2019/14\"/>\n"
                + "  <documents symbol=\"CAC;COSP\"/>\n"
                + "</mandates:MandateWorkspace>\n";
        Resource resource = ModelRoundTripTest.newResourceSet().createResource(URI.createURI("memory:/broken.mandates"));

        assertThrows(Exception.class,
                () -> resource.load(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), Map.of()));

        assertFalse(resource.getErrors().isEmpty());
        Resource.Diagnostic error = resource.getErrors().get(0);
        String reason = error instanceof Exception e && e.getCause() != null ? e.getCause().getMessage() : "";
        assertTrue(reason.startsWith("'CAC;COSP' is not a valid document symbol."), error.getMessage() + " / " + reason);
        assertEquals(4, error.getLine());
    }
}
