package org.mandateworkbench.store.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.Indicator;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.Organization;
import org.mandateworkbench.model.Person;
import org.mandateworkbench.model.State;
import org.mandateworkbench.store.WorkspaceException;

/**
 * Reads the files of a model folder (in parallel) and joins their objects under one
 * {@link MandateWorkspace} in a {@link ModelResource}; then resolves every cross-file reference.
 */
public final class ModelLoader {

	private static final XMLParserPoolImpl PARSERS = new XMLParserPoolImpl(true);

	private final Path folder;
	private final List<String> notes = new ArrayList<>();
	private final Map<String, List<EObject>> filesOnDisk = new LinkedHashMap<>();
	private boolean rootNeedsSaving;

	private ModelLoader(Path folder) {
		this.folder = folder;
	}

	/** What loading produced. */
	public record Result(ModelResource resource, MandateWorkspace root, Map<String, List<EObject>> filesOnDisk,
			List<String> bodyFilesOnDisk, boolean rootNeedsSaving, List<String> notes) {
	}

	/**
	 * Loads the model in {@code folder} into a new {@link ModelResource} added to {@code resourceSet};
	 * an empty folder gives an empty workspace.
	 *
	 * @throws WorkspaceException if a file cannot be parsed or the files do not fit together
	 */
	public static Result load(Path folder, ModelResourceSet resourceSet) throws IOException {
		return new ModelLoader(folder).run(resourceSet);
	}

	private Result run(ModelResourceSet resourceSet) throws IOException {
		MandatesPackage.eINSTANCE.eClass();
		Map<String, List<EObject>> parsed = parseAll(listModelFiles());
		ModelResource resource = new ModelResource(fileUri(ModelPartitioning.WORKSPACE_FILE));
		List<String> bodyFiles = new ArrayList<>();
		MandateWorkspace root;
		if (parsed.isEmpty()) {
			root = MandatesFactory.eINSTANCE.createMandateWorkspace();
		} else {
			root = assemble(parsed, bodyFiles);
		}
		resource.getContents().add(root);
		resourceSet.setModel(resource);
		resource.rebuildIdIndex();
		resolveReferences(resource);
		return new Result(resource, root, filesOnDisk, bodyFiles, rootNeedsSaving, notes);
	}

	private List<Path> listModelFiles() throws IOException {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> children = Files.list(folder)) {
			children.filter(p -> Files.isRegularFile(p) && ModelPartitioning.isModelFile(p.getFileName().toString()))
					.sorted().forEach(files::add);
		}
		return files;
	}

	private Map<String, List<EObject>> parseAll(List<Path> files) throws IOException {
		try {
			Map<String, List<EObject>> parsed = new TreeMap<>();
			List<Map.Entry<String, List<EObject>>> results = files.parallelStream()
					.map(file -> Map.entry(file.getFileName().toString(), parse(file))).toList();
			results.forEach(entry -> parsed.put(entry.getKey(), entry.getValue()));
			return parsed;
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private List<EObject> parse(Path file) {
		PartitionResource resource = new PartitionResource(URI.createFileURI(file.toString()));
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSERS);
		try {
			resource.load(new ByteArrayInputStream(Files.readAllBytes(file)), options);
		} catch (IOException | RuntimeException e) {
			throw new UncheckedIOException(new WorkspaceException(folder.getParent(),
					NLS.bind(Messages.ModelStore_unreadableFile, file, describe(e))));
		}
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			throw new UncheckedIOException(new WorkspaceException(folder.getParent(), NLS.bind(
					Messages.ModelStore_unreadableFileAtLine, new Object[] { file, first.getLine(), first.getMessage() })));
		}
		List<EObject> roots = new ArrayList<>(resource.getContents());
		resource.getContents().clear();
		return roots;
	}

	private static String describe(Exception e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
	}

	private MandateWorkspace assemble(Map<String, List<EObject>> parsed, List<String> bodyFiles) throws IOException {
		List<EObject> workspaceRoots = parsed.get(ModelPartitioning.WORKSPACE_FILE);
		if (workspaceRoots == null || workspaceRoots.size() != 1
				|| !(workspaceRoots.get(0) instanceof MandateWorkspace)) {
			throw new WorkspaceException(folder.getParent(),
					NLS.bind(Messages.ModelStore_missingRootFile, folder.resolve(ModelPartitioning.WORKSPACE_FILE)));
		}
		MandateWorkspace root = (MandateWorkspace) workspaceRoots.get(0);
		filesOnDisk.put(ModelPartitioning.WORKSPACE_FILE, topLevel(root));
		Map<String, List<EObject>> bodyFileRoots = new LinkedHashMap<>();
		for (Map.Entry<String, List<EObject>> entry : parsed.entrySet()) {
			String file = entry.getKey();
			List<EObject> roots = entry.getValue();
			if (file.equals(ModelPartitioning.WORKSPACE_FILE)) {
				continue;
			} else if (file.startsWith(ModelPartitioning.BODY_PREFIX)) {
				requireAll(file, roots, Body.class);
				bodyFileRoots.put(file, roots);
			} else if (file.equals(ModelPartitioning.ACTORS_FILE)) {
				addActors(file, roots, root);
			} else if (file.startsWith(ModelPartitioning.DOCUMENTS_PREFIX)) {
				root.getDocuments().addAll(requireAll(file, roots, Document.class));
			} else if (file.startsWith(ModelPartitioning.MANDATES_PREFIX)) {
				root.getMandates().addAll(requireAll(file, roots, Mandate.class));
			} else if (file.equals(ModelPartitioning.INDICATORS_FILE)) {
				root.getIndicators().addAll(requireAll(file, roots, Indicator.class));
			} else {
				notes.add(NLS.bind(Messages.ModelStore_unknownFile, folder.resolve(file)));
				continue;
			}
			filesOnDisk.put(file, List.copyOf(roots));
		}
		assembleBodies(root, bodyFileRoots, bodyFiles);
		return root;
	}

	private static List<EObject> topLevel(MandateWorkspace root) {
		List<EObject> top = new ArrayList<>();
		top.add(root);
		top.addAll(root.getInstruments());
		return top;
	}

	private void addActors(String file, List<EObject> roots, MandateWorkspace root) throws WorkspaceException {
		for (EObject object : roots) {
			if (object instanceof State state) {
				root.getStates().add(state);
			} else if (object instanceof Organization organization) {
				root.getOrganizations().add(organization);
			} else if (object instanceof Person person) {
				root.getPersons().add(person);
			} else {
				throw unexpected(file, object);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private <T extends EObject> List<T> requireAll(String file, List<EObject> roots, Class<T> type)
			throws WorkspaceException {
		for (EObject object : roots) {
			if (!type.isInstance(object)) {
				throw unexpected(file, object);
			}
		}
		return (List<T>) roots;
	}

	private WorkspaceException unexpected(String file, EObject object) {
		return new WorkspaceException(folder.getParent(),
				NLS.bind(Messages.ModelStore_unexpectedObject, folder.resolve(file), object.eClass().getName()));
	}

	// workspace.xmi lists the bodies as references to their files, which keeps their order.
	private void assembleBodies(MandateWorkspace root, Map<String, List<EObject>> bodyFileRoots, List<String> bodyFiles)
			throws WorkspaceException {
		List<Body> bodies = new ArrayList<>();
		for (Body listed : root.getBodies()) {
			URI proxy = ((InternalEObject) listed).eProxyURI();
			if (proxy == null) {
				bodies.add(listed);
				bodyFiles.add(null);
				continue;
			}
			String file = proxy.trimFragment().lastSegment();
			List<EObject> roots = bodyFileRoots.remove(file);
			if (roots == null || roots.isEmpty()) {
				throw new WorkspaceException(folder.getParent(), NLS.bind(Messages.ModelStore_missingBodyFile,
						new Object[] { folder.resolve(ModelPartitioning.WORKSPACE_FILE), proxy.fragment(), file }));
			}
			bodies.add((Body) roots.get(0));
			bodyFiles.add(file);
		}
		for (Map.Entry<String, List<EObject>> orphan : bodyFileRoots.entrySet()) {
			for (EObject body : orphan.getValue()) {
				bodies.add((Body) body);
				bodyFiles.add(orphan.getKey());
			}
			notes.add(NLS.bind(Messages.ModelStore_unlistedBodyFile, folder.resolve(orphan.getKey())));
			rootNeedsSaving = true;
		}
		root.getBodies().clear();
		root.getBodies().addAll(bodies);
	}

	private void resolveReferences(ModelResource resource) {
		int dangling = 0;
		String example = null;
		for (var i = resource.getAllContents(); i.hasNext();) {
			EObject object = i.next();
			for (EObject target : object.eCrossReferences()) {
				if (target.eIsProxy()) {
					dangling++;
					if (example == null) {
						example = EcoreUtil.getURI(target).toString();
					}
				}
			}
		}
		if (dangling > 0) {
			notes.add(NLS.bind(Messages.ModelStore_danglingReferences, dangling, example));
		}
	}

	private URI fileUri(String file) {
		return URI.createFileURI(folder.resolve(file).toAbsolutePath().toString());
	}
}
