package org.mandateworkbench.store.tests.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.model.Recommendation;
import org.mandateworkbench.model.symbol.DocumentSymbol;
import org.mandateworkbench.store.ModelChangeEvent;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.SaveResult;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.WorkspaceException;
import org.mandateworkbench.store.Workspaces;
import org.mandateworkbench.store.internal.ModelPartitioning;

class ModelStoreTest {

	@TempDir
	Path folder;

	@Test
	void opensNewWorkspaceWithEmptyCleanRoot() throws IOException {
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			assertNotNull(store.root());
			assertTrue(store.root().getBodies().isEmpty());
			assertFalse(store.isDirty());
			assertSame(store.commandStack(), store.editingDomain().getCommandStack());
			assertSame(store.resource(), store.root().eResource());
		}
	}

	@Test
	void roundTripKeepsReferencesAcrossFiles() throws IOException {
		saveSample();
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			assertEquals(List.of(), store.openingNotes());
			MandateWorkspace root = store.root();
			assertEquals("Sample", root.getName());
			assertEquals(List.of("cosp", "eg1"), root.getBodies().stream().map(Body::getId).toList());
			Mandate mandate = root.getMandates().get(0);
			Body cosp = root.getBodies().get(0);
			Body expertGroup = root.getBodies().get(1);
			assertSame(cosp.getMeetings().get(0).getResolutions().get(0).getParagraphs().get(0),
					mandate.getSourceParagraphs().get(0));
			Recommendation recommendation = expertGroup.getMeetings().get(0).getRecommendations().get(0);
			assertSame(recommendation, mandate.getSourceRecommendations().get(0));
			assertSame(expertGroup.getMeetings().get(0), mandate.getReportTo());
			assertSame(cosp, expertGroup.getParent());
			assertSame(root.getInstruments().get(0), cosp.getInstrument());
			assertSame(root.getPersons().get(0), mandate.getResponsibleOfficer());
			NoteVerbale note = (NoteVerbale) mandate.getActions().get(0);
			assertSame(root.getStates().get(0), note.getResponses().get(0).getState());
			assertSame(mandate, root.getIndicators().get(0).getMandate());
			Document report = document(root, SampleModel.DOC_2019);
			assertSame(document(root, SampleModel.DOC_2018), report.getCites().get(0));
			assertSame(report, recommendation.getDocument());
			assertEquals("\u4e39\u9ea6", root.getStates().get(0).getName().getValues().get(1).getValue());
			List<EObject> proxies = new ArrayList<>();
			store.resource().getAllContents().forEachRemaining(o -> o.eCrossReferences().stream()
					.filter(EObject::eIsProxy).forEach(proxies::add));
			assertEquals(List.of(), proxies);
			assertTrue(EcoreUtil.equals(sampleForComparison(), root.getBodies().get(0).eContainer()));
		}
	}

	@Test
	void splitsModelIntoFilesOfTheLayout() throws IOException {
		saveSample();
		Path model = folder.resolve(Workspace.MODEL_FOLDER);
		List<String> files = modelFiles(model).keySet().stream().toList();
		String mandates = bucketFile(ModelPartitioning.MANDATES_PREFIX, "mandate-1");
		List<String> expected = new ArrayList<>(List.of("actors.xmi", "body-cosp.xmi", "body-eg1.xmi",
				bucketFile(ModelPartitioning.DOCUMENTS_PREFIX, SampleModel.DOC_2018),
				bucketFile(ModelPartitioning.DOCUMENTS_PREFIX, SampleModel.DOC_2019), "indicators.xmi", mandates,
				"workspace.xmi"));
		expected = expected.stream().distinct().sorted().toList();
		assertEquals(expected, files);
		String mandateFile = Files.readString(model.resolve(mandates), StandardCharsets.UTF_8);
		assertTrue(mandateFile.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), mandateFile);
		assertTrue(mandateFile.contains("href=\"body-cosp.xmi#res-7-1-p2\""), mandateFile);
		String workspaceFile = Files.readString(model.resolve("workspace.xmi"), StandardCharsets.UTF_8);
		assertTrue(workspaceFile.contains("<bodies href=\"body-cosp.xmi#cosp\"/>"), workspaceFile);
		assertFalse(workspaceFile.contains("mandate-1"), workspaceFile);
	}

	@Test
	void writesSameBytesForSameModel() throws IOException {
		saveSample();
		Map<String, byte[]> first = modelFiles(folder.resolve(Workspace.MODEL_FOLDER));
		Path other = folder.resolve("other");
		try (Workspace workspace = Workspaces.open(other); ModelStore store = ModelStore.open(workspace)) {
			store.execute(SampleModel.addAll(store, SampleModel.create()));
			store.save();
		}
		Map<String, byte[]> second = modelFiles(other.resolve(Workspace.MODEL_FOLDER));
		assertEquals(first.keySet(), second.keySet());
		first.forEach((file, bytes) -> assertArrayEquals(bytes, second.get(file), file));
	}

	@Test
	void savesOnlyTheFileOfTheChangedObject() throws IOException {
		saveSample();
		Path model = folder.resolve(Workspace.MODEL_FOLDER);
		FileTime old = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
		for (String file : modelFiles(model).keySet()) {
			Files.setLastModifiedTime(model.resolve(file), old);
		}
		Map<String, byte[]> before = modelFiles(model);
		String mandates = bucketFile(ModelPartitioning.MANDATES_PREFIX, "mandate-1");
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			Mandate mandate = store.root().getMandates().get(0);
			store.execute(SetCommand.create(store.editingDomain(), mandate, MandatesPackage.Literals.MANDATE__STATUS,
					MandateStatus.COMPLETED));
			SaveResult result = store.save();
			assertEquals(List.of(mandates), result.writtenFiles());
			assertEquals(List.of(), result.deletedFiles());
		}
		Map<String, byte[]> after = modelFiles(model);
		for (String file : before.keySet()) {
			boolean changed = !java.util.Arrays.equals(before.get(file), after.get(file));
			boolean touched = !Files.getLastModifiedTime(model.resolve(file)).equals(old);
			assertEquals(file.equals(mandates), changed, file);
			assertEquals(file.equals(mandates), touched, file);
		}
		assertTrue(new String(after.get(mandates), StandardCharsets.UTF_8).contains("status=\"completed\""));
	}

	@Test
	void undoAndRedoFollowTheSavePoint() throws IOException {
		saveSample();
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			Mandate mandate = store.root().getMandates().get(0);
			assertFalse(store.isDirty());
			store.execute(SetCommand.create(store.editingDomain(), mandate, MandatesPackage.Literals.MANDATE__STATUS,
					MandateStatus.COMPLETED));
			assertTrue(store.isDirty());
			store.commandStack().undo();
			assertEquals(MandateStatus.IN_PROGRESS, mandate.getStatus());
			assertFalse(store.isDirty());
			store.commandStack().redo();
			assertEquals(MandateStatus.COMPLETED, mandate.getStatus());
			assertTrue(store.isDirty());
			store.save();
			assertFalse(store.isDirty());
			store.commandStack().undo();
			assertTrue(store.isDirty());
			store.save();
		}
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			assertEquals(MandateStatus.IN_PROGRESS, store.root().getMandates().get(0).getStatus());
		}
	}

	@Test
	void changesWithoutCommandMakeTheModelDirtyAndAreSaved() throws IOException {
		saveSample();
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			store.root().getMandates().get(0).setDueDate(java.time.LocalDate.of(2019, 5, 27));
			assertTrue(store.isDirty());
			assertEquals(List.of(bucketFile(ModelPartitioning.MANDATES_PREFIX, "mandate-1")),
					store.save().writtenFiles());
			assertFalse(store.isDirty());
		}
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			assertEquals(java.time.LocalDate.of(2019, 5, 27), store.root().getMandates().get(0).getDueDate());
			assertEquals("direct", store.journal().entries().getLast().operations().get(0).kind());
		}
	}

	@Test
	void changedSymbolRewritesReferringFilesAndDeletesEmptyBucket() throws IOException {
		saveSample();
		String oldFile = bucketFile(ModelPartitioning.DOCUMENTS_PREFIX, SampleModel.DOC_2018);
		String newSymbol = "CAC/COSP/EG.1/2018/2/Rev.1";
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			Document note = document(store.root(), SampleModel.DOC_2018);
			store.execute(SetCommand.create(store.editingDomain(), note, MandatesPackage.Literals.DOCUMENT__SYMBOL,
					DocumentSymbol.parse(newSymbol)));
			SaveResult result = store.save();
			String newKey = DocumentSymbol.parse(newSymbol).normalizedKey();
			assertTrue(result.writtenFiles().contains(bucketFile(ModelPartitioning.DOCUMENTS_PREFIX, newKey)));
			assertTrue(result.writtenFiles().contains(bucketFile(ModelPartitioning.DOCUMENTS_PREFIX, SampleModel.DOC_2019)),
					"the report citing the note must be rewritten: " + result);
			if (!oldFile.equals(bucketFile(ModelPartitioning.DOCUMENTS_PREFIX, newKey))
					&& !oldFile.equals(bucketFile(ModelPartitioning.DOCUMENTS_PREFIX, SampleModel.DOC_2019))) {
				assertEquals(List.of(oldFile), result.deletedFiles());
			}
		}
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			assertEquals(List.of(), store.openingNotes());
			Document report = document(store.root(), SampleModel.DOC_2019);
			assertEquals(DocumentSymbol.parse(newSymbol).normalizedKey(), report.getCites().get(0).getKey());
			assertFalse(report.getCites().get(0).eIsProxy());
		}
	}

	@Test
	void addsAndRemovesBodyFiles() throws IOException {
		saveSample();
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			Body irg = MandatesFactory.eINSTANCE.createBody();
			irg.setId("IRG");
			irg.setAcronym("IRG");
			store.execute(org.eclipse.emf.edit.command.AddCommand.create(store.editingDomain(), store.root(),
					MandatesPackage.Literals.MANDATE_WORKSPACE__BODIES, irg, 0));
			assertEquals(List.of("body-IRG.xmi", "workspace.xmi"), store.save().writtenFiles());
			store.execute(org.eclipse.emf.edit.command.RemoveCommand.create(store.editingDomain(), store.root(),
					MandatesPackage.Literals.MANDATE_WORKSPACE__BODIES, irg));
			SaveResult removal = store.save();
			assertEquals(List.of("workspace.xmi"), removal.writtenFiles());
			assertEquals(List.of("body-IRG.xmi"), removal.deletedFiles());
		}
		assertFalse(Files.exists(folder.resolve("model/body-IRG.xmi")));
	}

	@Test
	void reportsDamagedFileByName() throws IOException {
		saveSample();
		Path broken = folder.resolve("model/body-eg1.xmi");
		Files.writeString(broken, "<?xml version=\"1.0\"?>\n<mandates:Body xmlns:mandates=\"");
		try (Workspace workspace = Workspaces.open(folder)) {
			WorkspaceException error = assertThrows(WorkspaceException.class, () -> ModelStore.open(workspace));
			assertTrue(error.getMessage().contains(broken.toString()), error.getMessage());
		}
	}

	@Test
	void refusesClosedWorkspace() throws IOException {
		Workspace workspace = Workspaces.open(folder);
		workspace.close();
		assertThrows(IllegalStateException.class, () -> ModelStore.open(workspace));
	}

	@Test
	void eventsReportAffectedObjects() throws IOException {
		saveSample();
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			List<ModelChangeEvent> events = new ArrayList<>();
			store.addListener(events::add);
			Mandate mandate = store.root().getMandates().get(0);
			store.execute(SetCommand.create(store.editingDomain(), mandate, MandatesPackage.Literals.MANDATE__STATUS,
					MandateStatus.COMPLETED));
			store.commandStack().undo();
			store.commandStack().redo();
			store.save();
			assertEquals(List.of(ModelChangeEvent.Kind.EXECUTE, ModelChangeEvent.Kind.UNDO, ModelChangeEvent.Kind.REDO,
					ModelChangeEvent.Kind.SAVE), events.stream().map(ModelChangeEvent::kind).toList());
			events.forEach(event -> assertEquals(List.of(mandate), event.affectedObjects(), event.toString()));
			assertEquals(List.of(bucketFile(ModelPartitioning.MANDATES_PREFIX, "mandate-1")), events.get(3).savedFiles());
		}
	}

	@Test
	void throwingListenerBreaksNeitherCommandsNorSaveNorOtherListeners() throws IOException {
		saveSample();
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			List<ModelChangeEvent> seen = new ArrayList<>();
			store.addListener(event -> {
				throw new IllegalStateException("listener failure for the test");
			});
			store.addListener(seen::add);
			Mandate mandate = store.root().getMandates().get(0);
			assertTrue(store.execute(SetCommand.create(store.editingDomain(), mandate,
					MandatesPackage.Literals.MANDATE__STATUS, MandateStatus.COMPLETED)));
			SaveResult result = store.save();
			assertTrue(result.savedAnything());
			assertFalse(store.isDirty());
			assertEquals(2, seen.size());
		}
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace)) {
			assertEquals(MandateStatus.COMPLETED, store.root().getMandates().get(0).getStatus());
		}
	}

	private void saveSample() throws IOException {
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace, "tester")) {
			assertTrue(store.execute(SampleModel.addAll(store, SampleModel.create())));
			assertTrue(store.isDirty());
			assertTrue(store.save().savedAnything());
			assertFalse(store.isDirty());
		}
	}

	// The documents of the sample are in separate buckets, so compare with the loaded order.
	private static MandateWorkspace sampleForComparison() {
		MandateWorkspace sample = SampleModel.create();
		sample.getDocuments().sort((a, b) -> Integer.compare(
				ModelPartitioning.bucket(a.getKey()), ModelPartitioning.bucket(b.getKey())));
		return sample;
	}

	static Document document(MandateWorkspace root, String symbol) {
		return root.getDocuments().stream().filter(d -> d.getKey().equals(symbol)).findFirst().orElseThrow();
	}

	static String bucketFile(String prefix, String key) {
		return String.format("%s%02d.xmi", prefix, ModelPartitioning.bucket(key));
	}

	static Map<String, byte[]> modelFiles(Path model) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> children = Files.list(model)) {
			for (Path file : (Iterable<Path>) children::iterator) {
				String name = file.getFileName().toString();
				if (name.endsWith(".xmi")) {
					files.put(name, Files.readAllBytes(file));
				}
			}
		}
		return files;
	}
}
