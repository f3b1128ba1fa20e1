package org.mandateworkbench.app.tests;

import java.util.List;
import java.util.function.Function;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.LanguageVersion;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.testsupport.robot.Condition;
import org.mandateworkbench.testsupport.robot.SwtRobot;
import org.mandateworkbench.ui.OpenRequest;
import org.mandateworkbench.ui.document.DocumentReaderIds;
import org.mandateworkbench.ui.document.internal.DocumentReaderPart;
import org.mandateworkbench.ui.document.VersionChoice;

/**
 * Gives a demo document a text in both languages and drives document readers of a running
 * workbench. The demo's documents have titles only; the test text is written for the test: the
 * conclusions of a draft report, paragraph 45 cut by a page break with a footnote between its parts.
 */
final class DocumentReaderSteps {

	/** The eighth expert meeting's draft report, whose recommendations 45 to 47 the demo holds. */
	static final String DOCUMENT_KEY = "CAC/COSP/EG.1/2019/L.1"; //$NON-NLS-1$

	static final String ENGLISH = """
			Draft report of the eighth expert meeting

			""" + earlierParagraphs() + """
			IV. Conclusions and recommendations

			The meeting agreed on the following points after its discussion.

			44. The meeting thanked the secretariat for the working paper and for its quarterly overview of the replies.

			45. States parties should give one another the widest assistance in corruption cases and should simplify
			__________________
			1 The replies on this point were summarized in the note of 17 December 2018.
			the procedures of their domestic law that slow down requests for assistance.

			46. The meeting restated the recommendations of its third to seventh meetings.

			47. The meeting recommended that:
			(a) States keep the secretariat informed of challenges and good practices;
			(b) States share their legal provisions on international cooperation.
			"""; //$NON-NLS-1$

	static final String CHINESE = """
			四、结论和建议

			会议在讨论后商定了以下各点。

			44. 会议感谢秘书处编写工作文件并按季度概述答复情况。

			45. 缔约国应在腐败案件中相互给予最大限度的协助，并应简化
			__________________
			1 关于这一点的答复已在2018年12月17日的照会中作了概述。
			国内法中拖延协助请求的程序。

			46. 会议重申了第三至第七次会议的建议。

			47. 会议建议：
			（a）各国继续向秘书处通报挑战和良好做法；
			（b）各国分享本国关于国际合作的法律规定。
			"""; //$NON-NLS-1$

	/** Paragraphs 1 to 43, so that the text is longer than the reader and paragraphs are scrolled to. */
	private static String earlierParagraphs() {
		StringBuilder text = new StringBuilder();
		for (int number = 1; number <= 43; number++) {
			text.append(number).append(". Paragraph ").append(number) //$NON-NLS-1$
					.append(" of the report describes one step of the discussion in a few words.\n\n"); //$NON-NLS-1$
		}
		return text.toString();
	}

	private final RunningWorkbench workbench;
	private final SwtRobot robot;
	private final ModelStore store;
	private final Document document;

	DocumentReaderSteps(RunningWorkbench workbench) {
		this.workbench = workbench;
		this.robot = workbench.robot();
		this.store = robot.syncExec("find the model store", () -> context().get(ModelStore.class)); //$NON-NLS-1$
		this.document = robot.syncExec("find the draft report", () -> store.root().getDocuments().stream() //$NON-NLS-1$
				.filter(d -> DOCUMENT_KEY.equals(d.getKey())).findFirst().orElseThrow());
	}

	ModelStore store() {
		return store;
	}

	Document document() {
		return document;
	}

	/** Sets the text of the draft report's English and Chinese versions, one command each. */
	void giveTheDocumentItsTexts() {
		setText("en", ENGLISH); //$NON-NLS-1$
		setText("zh", CHINESE); //$NON-NLS-1$
	}

	/** Sets the text of one version of the draft report as a command. */
	void setText(String language, String text) {
		robot.syncExec("set the " + language + " text", () -> { //$NON-NLS-1$ //$NON-NLS-2$
			LanguageVersion version = VersionChoice.inLanguage(document, language);
			Command set = SetCommand.create(store.editingDomain(), version, MandatesPackage.Literals.LANGUAGE_VERSION__TEXT, text);
			if (!store.execute(set)) {
				throw new AssertionError("the text was not set"); //$NON-NLS-1$
			}
		});
	}

	/** The demo recommendation of the draft report with the paragraph number. */
	Recommendation recommendation(int paragraph) {
		return robot.syncExec("find recommendation " + paragraph, () -> { //$NON-NLS-1$
			for (TreeIterator<EObject> all = store.root().eAllContents(); all.hasNext();) {
				if (all.next() instanceof Recommendation r && r.getDocument() == document && r.getParagraphNumber() == paragraph) {
					return r;
				}
			}
			throw new AssertionError("no recommendation " + paragraph + " in " + DOCUMENT_KEY); //$NON-NLS-1$ //$NON-NLS-2$
		});
	}

	/** Posts the request as any part would. */
	void post(OpenRequest request) {
		robot.syncExec("post an open request", () -> context().get(IEventBroker.class).send(OpenRequest.TOPIC, request)); //$NON-NLS-1$
	}

	/** Waits until the active part is a reader of the draft report and returns it. */
	MPart waitForActiveReader() {
		robot.waitUntil(Condition.of("the reader of " + DOCUMENT_KEY + " to be active", () -> activeReader() != null)); //$NON-NLS-1$ //$NON-NLS-2$
		return activeReader();
	}

	private MPart activeReader() {
		return robot.syncExec("read the active part", () -> { //$NON-NLS-1$
			MPart active = context().get(EPartService.class).getActivePart();
			return active != null && DocumentReaderIds.PART_DESCRIPTOR.equals(active.getElementId())
					&& DOCUMENT_KEY.equals(active.getPersistedState().get(DocumentReaderIds.DOCUMENT_KEY))
					&& active.getObject() instanceof DocumentReaderPart ? active : null;
		});
	}

	/** The readers of the window, in every layout. */
	List<MPart> readers() {
		return robot.syncExec("list the readers", () -> context().get(EModelService.class) //$NON-NLS-1$
				.findElements(workbench.window(), DocumentReaderIds.PART_DESCRIPTOR, MPart.class));
	}

	/** The id of the stack the part was put in. */
	String stackOf(MPart part) {
		return robot.syncExec("read the reader's stack", () -> ((MUIElement) part.getParent()).getElementId()); //$NON-NLS-1$
	}

	/**
	 * The id of the layout's main stack beside the stack of readers that holds the part, or null when
	 * the part is not in a stack of readers placed beside a main stack.
	 */
	String mainStackBeside(MPart part) {
		return robot.syncExec("read the stack beside the reader's", () -> { //$NON-NLS-1$
			MElementContainer<?> stack = part.getParent();
			if (stack == null || !stack.getTags().contains(DocumentReaderIds.READERS_TAG) || stack.getParent() == null) {
				return null;
			}
			return stack.getParent().getChildren().stream().map(MUIElement::getElementId)
					.filter(DocumentReaderIds.MAIN_STACKS::contains).findFirst().orElse(null);
		});
	}

	/** Reads something of the reader part on the UI thread. */
	<T> T read(MPart reader, Function<DocumentReaderPart, T> what) {
		return robot.syncExec("read the reader", () -> what.apply((DocumentReaderPart) reader.getObject())); //$NON-NLS-1$
	}

	/** Waits until the reader highlights a stretch that starts with the text. */
	void waitForHighlight(MPart reader, String start) {
		robot.waitUntil(Condition.of("the reader to highlight " + start, //$NON-NLS-1$
				() -> read(reader, DocumentReaderPart::highlightedText).startsWith(start)));
	}

	private IEclipseContext context() {
		return workbench.window().getContext();
	}
}
