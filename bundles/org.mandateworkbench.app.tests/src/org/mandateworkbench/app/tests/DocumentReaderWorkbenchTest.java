package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mandateworkbench.index.query.SearchHit;
import org.mandateworkbench.index.query.SearchRequest;
import org.mandateworkbench.index.query.SearchResult;
import org.mandateworkbench.index.schema.UnitIds;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.ui.OpenRequest;
import org.mandateworkbench.ui.Roles;
import org.mandateworkbench.ui.document.DocumentReaderIds;
import org.mandateworkbench.ui.document.Reveal;
import org.mandateworkbench.ui.document.internal.DocumentReaderPart;
import org.mandateworkbench.ui.mandate.MandateEditorIds;
import org.mandateworkbench.ui.mandate.internal.MandateEditorPart;
import org.mandateworkbench.ui.search.SearchIds;

/**
 * The document reader in English on the demo workspace, its draft report given a text: an open
 * request for a paragraph shows it highlighted with its part after a page's footnote, in the language
 * asked for; the language switch keeps the paragraph; a recommendation and an offset in a footnote
 * reuse the same reader; a double-clicked search hit opens a reader in the Delegate layout; a changed
 * text is shown again; a removed document is reported, and back after undo. State responses and notes
 * verbales open their mandate's editor at the page listing them.
 */
@TestMethodOrder(OrderAnnotation.class)
class DocumentReaderWorkbenchTest extends SearchPartTestBase {

	private static final String MANDATE_ID = "mandate-cosp-7-1-information-exchange"; //$NON-NLS-1$

	private DocumentReaderSteps reader;
	private MPart first;

	@Override
	String language() {
		return "en"; //$NON-NLS-1$
	}

	@BeforeAll
	void giveTheDraftReportItsText() {
		reader = new DocumentReaderSteps(workbench);
		reader.giveTheDocumentItsTexts();
	}

	@Test
	@Order(1)
	void opensTheParagraphAskedForWithItsContinuation() {
		reader.post(new OpenRequest(reader.document(), "45", "en")); //$NON-NLS-1$ //$NON-NLS-2$
		first = reader.waitForActiveReader();
		assertTrue(DocumentReaderIds.MAIN_STACKS.contains(reader.mainStackBeside(first)), reader.stackOf(first));
		assertEquals("en", reader.read(first, DocumentReaderPart::shownLanguage)); //$NON-NLS-1$
		String highlighted = reader.read(first, DocumentReaderPart::highlightedText);
		assertTrue(highlighted.startsWith("45. States parties"), highlighted); //$NON-NLS-1$
		assertTrue(highlighted.endsWith("slow down requests for assistance."), highlighted); //$NON-NLS-1$
		assertFalse(highlighted.contains("17 December"), "the footnote between the parts is not highlighted"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("Paragraph 45 is highlighted.", reader.read(first, DocumentReaderPart::messageText)); //$NON-NLS-1$
		int start = DocumentReaderSteps.ENGLISH.indexOf("45. States"); //$NON-NLS-1$
		int footnote = DocumentReaderSteps.ENGLISH.indexOf("1 The replies"); //$NON-NLS-1$
		robot.syncExec("check the highlight and the caret", () -> { //$NON-NLS-1$
			StyledText text = (StyledText) robot.widgetWithId(DocumentReaderIds.TEXT).widget();
			assertEquals(DocumentReaderSteps.ENGLISH, text.getText());
			StyleRange at = text.getStyleRangeAtOffset(start);
			assertNotNull(at, "the paragraph has a background"); //$NON-NLS-1$
			assertNotNull(at.background);
			assertEquals(null, text.getStyleRangeAtOffset(footnote));
			assertEquals(start, text.getCaretOffset());
		});
		assertTrue(robot.labelWithId(DocumentReaderIds.HEADER).getText().startsWith("CAC/COSP/EG.1/2019/L.1")); //$NON-NLS-1$
		robot.captureScreenshot("reader-en-paragraph"); //$NON-NLS-1$
	}

	@Test
	@Order(2)
	void switchingTheLanguageKeepsTheParagraph() {
		robot.comboWithId(DocumentReaderIds.LANGUAGE).select("Chinese"); //$NON-NLS-1$
		robot.waitUntil(Condition.of("the Chinese version", () -> "zh".equals(reader.read(first, DocumentReaderPart::shownLanguage)))); //$NON-NLS-1$ //$NON-NLS-2$
		String highlighted = reader.read(first, DocumentReaderPart::highlightedText);
		assertTrue(highlighted.startsWith("45. 缔约国"), highlighted); //$NON-NLS-1$
		assertTrue(highlighted.endsWith("国内法中拖延协助请求的程序。"), highlighted); //$NON-NLS-1$
		robot.captureScreenshot("reader-en-chinese-version"); //$NON-NLS-1$
	}

	@Test
	@Order(3)
	void aRecommendationOpensTheSameReaderAtItsParagraph() {
		reader.post(new OpenRequest(reader.recommendation(46), null, "en")); //$NON-NLS-1$
		reader.waitForHighlight(first, "46. The meeting restated"); //$NON-NLS-1$
		assertSame(first, reader.waitForActiveReader());
		assertEquals(1, reader.readers().size(), "one reader per document"); //$NON-NLS-1$
		assertEquals("en", reader.read(first, DocumentReaderPart::shownLanguage)); //$NON-NLS-1$

		// a paragraph with text below it to fill the reader is scrolled to the top
		reader.post(new OpenRequest(reader.document(), "10", "en")); //$NON-NLS-1$ //$NON-NLS-2$
		reader.waitForHighlight(first, "10. Paragraph 10 of the report"); //$NON-NLS-1$
		int tenth = DocumentReaderSteps.ENGLISH.indexOf("10. Paragraph 10"); //$NON-NLS-1$
		robot.waitUntil(Condition.of("paragraph 10 at the top", () -> robot.syncExec("read the top line", () -> { //$NON-NLS-1$ //$NON-NLS-2$
			StyledText text = (StyledText) robot.widgetWithId(DocumentReaderIds.TEXT).widget();
			return text.getTopIndex() == text.getLineAtOffset(tenth) && text.getTopIndex() > 0;
		})));
	}

	@Test
	@Order(4)
	void anOffsetInAFootnoteHighlightsTheFootnote() {
		int offset = DocumentReaderSteps.ENGLISH.indexOf("17 December"); //$NON-NLS-1$
		reader.post(new OpenRequest(reader.document(), null, "en", offset)); //$NON-NLS-1$
		reader.waitForHighlight(first, "1 The replies on this point"); //$NON-NLS-1$
		assertEquals(Reveal.Kind.FOOTNOTE, reader.read(first, DocumentReaderPart::shownReveal).kind());
		assertEquals("Footnote 1 is highlighted.", reader.read(first, DocumentReaderPart::messageText)); //$NON-NLS-1$
		robot.captureScreenshot("reader-en-footnote"); //$NON-NLS-1$
	}

	@Test
	@Order(5)
	void aDoubleClickedSearchHitOpensTheReaderAtItsParagraph() throws Exception {
		robot.toolItem("Delegate").click(); //$NON-NLS-1$
		workbench.waitForRole(Roles.DELEGATE);
		SearchRequest query = SearchRequest.of("quarterly", SearchPartSteps.LIMIT); //$NON-NLS-1$
		robot.waitUntil(Condition.of("the index to hold the report's text", () -> paragraphHit(query) >= 0)); //$NON-NLS-1$
		SearchResult result = steps.expected(query);
		int row = paragraphHit(query);
		assertEquals("44", UnitIds.paragraph(result.hits().get(row).id()).orElseThrow()); //$NON-NLS-1$
		steps.type("quarterly"); //$NON-NLS-1$
		steps.waitForStatus(result.totalHits() + " hits"); //$NON-NLS-1$
		robot.tableWithId(SearchIds.RESULTS).doubleClick(row);
		MPart delegateReader = reader.waitForActiveReader();
		// Beside the Search part, which stays in sight.
		assertEquals("org.mandateworkbench.app.perspective.delegate.main", reader.mainStackBeside(delegateReader)); //$NON-NLS-1$
		assertTrue(robot.tableWithId(SearchIds.RESULTS).isVisible(), "the hits stay in sight"); //$NON-NLS-1$
		reader.waitForHighlight(delegateReader, "44. The meeting thanked"); //$NON-NLS-1$
		assertEquals("en", reader.read(delegateReader, DocumentReaderPart::shownLanguage)); //$NON-NLS-1$
		assertTrue(robot.comboWithId(DocumentReaderIds.LANGUAGE).isEnabled(), "both versions can be chosen"); //$NON-NLS-1$
		robot.captureScreenshot("reader-en-from-search"); //$NON-NLS-1$
	}

	private int paragraphHit(SearchRequest query) {
		try {
			List<SearchHit> hits = steps.expected(query).hits();
			for (int row = 0; row < hits.size(); row++) {
				if (hits.get(row).id().startsWith(DocumentReaderSteps.DOCUMENT_KEY + "@en") //$NON-NLS-1$
						&& UnitIds.paragraph(hits.get(row).id()).isPresent()) {
					return row;
				}
			}
			return -1;
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	@Test
	@Order(6)
	void aChangedTextIsShownAgainWithTheParagraph() {
		MPart delegateReader = reader.waitForActiveReader();
		reader.setText("en", DocumentReaderSteps.ENGLISH.replace("quarterly", "monthly")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		reader.waitForHighlight(delegateReader, "44. The meeting thanked the secretariat for the working paper and for its monthly"); //$NON-NLS-1$
		robot.syncExec("undo the change", () -> reader.store().commandStack().undo()); //$NON-NLS-1$
		reader.waitForHighlight(delegateReader, "44. The meeting thanked the secretariat for the working paper and for its quarterly"); //$NON-NLS-1$
	}

	@Test
	@Order(7)
	void aDoubleClickedFootnoteOrPassageHitOpensTheReaderThere() throws Exception {
		MPart delegateReader = reader.waitForActiveReader();
		openHit("summarized", UnitIds.documentFootnote(DocumentReaderSteps.DOCUMENT_KEY, "en", "1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		reader.waitForHighlight(delegateReader, "1 The replies on this point"); //$NON-NLS-1$
		assertEquals(Reveal.Kind.FOOTNOTE, reader.read(delegateReader, DocumentReaderPart::shownReveal).kind());

		openHit("following points", UnitIds.documentPassage(DocumentReaderSteps.DOCUMENT_KEY, "en", 1)); //$NON-NLS-1$ //$NON-NLS-2$
		reader.waitForHighlight(delegateReader, "The meeting agreed on the following points"); //$NON-NLS-1$
		assertEquals(Reveal.Kind.PASSAGE, reader.read(delegateReader, DocumentReaderPart::shownReveal).kind());
	}

	/** Searches in the Search part beside the reader and double-clicks the hit with this id. */
	private void openHit(String words, String unitId) throws Exception {
		SearchRequest query = SearchRequest.of(words, SearchPartSteps.LIMIT);
		List<String> ids = steps.expected(query).hits().stream().map(SearchHit::id).toList();
		int row = ids.indexOf(unitId);
		assertTrue(row >= 0, unitId + " in " + ids);
		steps.type(words);
		steps.waitForStatus(steps.expected(query).totalHits() + " hits"); //$NON-NLS-1$
		robot.tableWithId(SearchIds.RESULTS).doubleClick(row);
	}

	@Test
	@Order(8)
	void aStateResponseOpensItsMandateAtTheResponsesPage() {
		Mandate mandate = robot.syncExec("find the mandate", () -> reader.store().root().getMandates().stream() //$NON-NLS-1$
				.filter(m -> MANDATE_ID.equals(m.getId())).findFirst().orElseThrow());
		NoteVerbale note = robot.syncExec("find a note with replies", () -> mandate.getActions().stream() //$NON-NLS-1$
				.filter(NoteVerbale.class::isInstance).map(NoteVerbale.class::cast)
				.filter(n -> n.getResponses().stream().anyMatch(DocumentReaderWorkbenchTest::datedWithTopics))
				.findFirst().orElseThrow());
		StateResponse response = robot.syncExec("find a dated reply", () -> note.getResponses().stream() //$NON-NLS-1$
				.filter(DocumentReaderWorkbenchTest::datedWithTopics).findFirst().orElseThrow());
		reader.post(OpenRequest.of(response));
		workbench.waitForRole(Roles.SECRETARIAT);
		MPart editor = steps.waitForActiveMandateEditorPage(MandateEditorIds.PAGE_RESPONSES);
		assertEquals(MANDATE_ID, robot.syncExec("read the editor's mandate", //$NON-NLS-1$
				() -> editor.getPersistedState().get(MandateEditorIds.MANDATE_ID)));
		String state = robot.syncExec("read the State's name", () -> response.getState().getName().getValues().stream() //$NON-NLS-1$
				.filter(v -> "en".equals(v.getLanguage())).findFirst().orElseThrow().getValue()); //$NON-NLS-1$
		assertEquals(List.of(state + ": Received " + robot.syncExec("read the date", response::getReceivedDate)), //$NON-NLS-1$ //$NON-NLS-2$
				selectedResponseCells(), "the response's cell is selected"); //$NON-NLS-1$
		robot.captureScreenshot("reader-en-response-in-mandate"); //$NON-NLS-1$

		reader.post(OpenRequest.of(note));
		assertSame(editor, steps.waitForActiveMandateEditorPage(MandateEditorIds.PAGE_TIMELINE));
		String reference = robot.syncExec("read the note's reference", note::getReference); //$NON-NLS-1$
		robot.syncExec("check the selected timeline row", () -> { //$NON-NLS-1$
			Table timeline = (Table) robot.widgetWithId(MandateEditorIds.TIMELINE).widget();
			assertEquals(1, timeline.getSelectionCount());
			assertEquals(reference == null ? "" : reference, timeline.getSelection()[0].getText(2)); //$NON-NLS-1$
		});

		reader.post(OpenRequest.of(robot.syncExec("read a topic", () -> response.getTopicSummaries().getFirst()))); //$NON-NLS-1$
		assertSame(editor, steps.waitForActiveMandateEditorPage(MandateEditorIds.PAGE_RESPONSES));

		// asked from another layout, the open editor is shown where it is, not moved into that layout
		steps.backToDelegate();
		reader.post(OpenRequest.of(response));
		workbench.waitForRole(Roles.SECRETARIAT);
		assertSame(editor, steps.waitForActiveMandateEditorPage(MandateEditorIds.PAGE_RESPONSES));
		assertEquals(MandateEditorIds.EDITOR_STACK, reader.stackOf(editor));
	}

	/** The selected body cells of the responses matrix, as "row header: cell text". */
	private List<String> selectedResponseCells() {
		return robot.syncExec("read the selected cells", () -> { //$NON-NLS-1$
			NatTable table = (NatTable) robot.widgetWithId(MandateEditorIds.RESPONSES).widget();
			List<String> selected = new ArrayList<>();
			for (int row = 1; row < table.getRowCount(); row++) {
				for (int column = 1; column < table.getColumnCount(); column++) {
					ILayerCell cell = table.getCellByPosition(column, row);
					if (cell != null && cell.getDisplayMode() == DisplayMode.SELECT) {
						selected.add(table.getDataValueByPosition(0, row) + ": " + cell.getDataValue()); //$NON-NLS-1$
					}
				}
			}
			return selected;
		});
	}

	private static boolean datedWithTopics(StateResponse response) {
		return response.getState() != null && response.getReceivedDate() != null && !response.getTopicSummaries().isEmpty();
	}

	@Test
	@Order(9)
	void aRemovedDocumentIsReportedAndComesBackAfterUndo() {
		robot.toolItem("Delegate").click(); //$NON-NLS-1$
		workbench.waitForRole(Roles.DELEGATE);
		List<MPart> readers = reader.readers();
		assertEquals(2, readers.size(), "one reader in the first layout, one in the Delegate layout"); //$NON-NLS-1$
		robot.syncExec("remove the document", () -> { //$NON-NLS-1$
			assertTrue(reader.store().execute(RemoveCommand.create(reader.store().editingDomain(), reader.store().root(),
					MandatesPackage.Literals.MANDATE_WORKSPACE__DOCUMENTS, reader.document())));
		});
		for (MPart shown : readers) {
			robot.waitUntil(Condition.of("the reader to say the document is gone", () -> reader.read(shown, //$NON-NLS-1$
					DocumentReaderPart::messageText).startsWith("Document CAC/COSP/EG.1/2019/L.1 is no longer in the workspace."))); //$NON-NLS-1$
			assertEquals("", reader.read(shown, DocumentReaderPart::highlightedText)); //$NON-NLS-1$
		}
		robot.captureScreenshot("reader-en-removed"); //$NON-NLS-1$
		robot.syncExec("undo the removal", () -> reader.store().commandStack().undo()); //$NON-NLS-1$
		for (MPart shown : readers) {
			robot.waitUntil(Condition.of("the reader to show the document again", //$NON-NLS-1$
					() -> reader.read(shown, DocumentReaderPart::messageText).isEmpty()
							&& DocumentReaderSteps.ENGLISH.equals(reader.read(shown, DocumentReaderPart::shownText))));
		}
	}
}
