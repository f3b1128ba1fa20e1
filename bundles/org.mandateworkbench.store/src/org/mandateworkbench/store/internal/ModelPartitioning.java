package org.mandateworkbench.store.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.mandateworkbench.model.Body;
import org.mandateworkbench.model.Document;
import org.mandateworkbench.model.MandateWorkspace;

/**
 * Decides which file of the model folder holds each object. Only the direct children of the
 * {@link MandateWorkspace} are assigned; everything below them lives in their file.
 * <ul>
 * <li>{@value #WORKSPACE_FILE}: the root's own attributes, the instruments and the ordered list of
 * bodies (as references to the body files)</li>
 * <li>{@code body-<id>.xmi}: one body with its meetings, resolutions and recommendations</li>
 * <li>{@value #ACTORS_FILE}: States, organizations and persons</li>
 * <li>{@code documents-NN.xmi}, {@code mandates-NN.xmi}: documents and mandates spread over
 * {@value #BUCKETS} buckets by a stable hash of their key, so no file grows with the workspace</li>
 * <li>{@value #INDICATORS_FILE}: indicators with their observations</li>
 * </ul>
 */
public final class ModelPartitioning {

	/** File of the root object. */
	public static final String WORKSPACE_FILE = "workspace.xmi";
	/** File of States, organizations and persons. */
	public static final String ACTORS_FILE = "actors.xmi";
	/** File of the indicators. */
	public static final String INDICATORS_FILE = "indicators.xmi";
	/** Prefix of the body files. */
	public static final String BODY_PREFIX = "body-";
	/** Prefix of the document buckets. */
	public static final String DOCUMENTS_PREFIX = "documents-";
	/** Prefix of the mandate buckets. */
	public static final String MANDATES_PREFIX = "mandates-";
	/** Extension of every model file. */
	public static final String EXTENSION = ".xmi";
	/** Number of buckets for documents and for mandates. */
	public static final int BUCKETS = 32;

	private final MandateWorkspace root;
	private final Map<String, List<EObject>> members = new LinkedHashMap<>();
	private final Map<EObject, String> fileOfTop = new IdentityHashMap<>();

	private ModelPartitioning(MandateWorkspace root) {
		this.root = root;
	}

	/** Computes the current assignment of the model below {@code root}. */
	public static ModelPartitioning of(MandateWorkspace root) {
		ModelPartitioning partitioning = new ModelPartitioning(root);
		partitioning.assign(WORKSPACE_FILE, root);
		root.getInstruments().forEach(instrument -> partitioning.assign(WORKSPACE_FILE, instrument));
		Set<String> takenBodyFiles = new HashSet<>();
		for (Body body : root.getBodies()) {
			partitioning.assign(bodyFile(body, takenBodyFiles), body);
		}
		root.getStates().forEach(state -> partitioning.assign(ACTORS_FILE, state));
		root.getOrganizations().forEach(organization -> partitioning.assign(ACTORS_FILE, organization));
		root.getPersons().forEach(person -> partitioning.assign(ACTORS_FILE, person));
		List<EObject>[] documentBuckets = buckets();
		for (Document document : root.getDocuments()) {
			documentBuckets[bucket(document.getKey())].add(document);
		}
		List<EObject>[] mandateBuckets = buckets();
		root.getMandates().forEach(mandate -> mandateBuckets[bucket(mandate.getId())].add(mandate));
		for (int i = 0; i < BUCKETS; i++) {
			partitioning.assignAll(bucketFile(DOCUMENTS_PREFIX, i), documentBuckets[i]);
			partitioning.assignAll(bucketFile(MANDATES_PREFIX, i), mandateBuckets[i]);
		}
		root.getIndicators().forEach(indicator -> partitioning.assign(INDICATORS_FILE, indicator));
		return partitioning;
	}

	/** True if {@code fileName} is a name this layout can produce. */
	public static boolean isModelFile(String fileName) {
		return fileName.endsWith(EXTENSION) && !fileName.startsWith(".");
	}

	/** The files and the objects each holds at top level, in file order; files without objects are absent. */
	public Map<String, List<EObject>> members() {
		return members;
	}

	/**
	 * The file that holds {@code object}, or null if the object is not below the root this layout was
	 * computed for.
	 */
	public String fileOf(EObject object) {
		EObject top = topLevel(root, object);
		return top == null ? null : fileOfTop.get(top);
	}

	/**
	 * The root itself or the root's direct child that contains {@code object}; null if {@code object}
	 * is not below {@code root}.
	 */
	public static EObject topLevel(EObject root, EObject object) {
		EObject current = object;
		while (current != null) {
			if (current == root) {
				return root;
			}
			EObject container = current.eContainer();
			if (container == root) {
				return current;
			}
			current = container;
		}
		return null;
	}

	/** The bucket of a key: a stable hash, so a key keeps its file across runs and machines. */
	public static int bucket(String key) {
		return Math.floorMod(key == null ? 0 : key.hashCode(), BUCKETS);
	}

	private static String bucketFile(String prefix, int bucket) {
		return String.format(Locale.ROOT, "%s%02d%s", prefix, bucket, EXTENSION);
	}

	// File names keep the id readable but only with characters every file system accepts; bodies
	// whose names would clash on a case-insensitive file system get a counter.
	private static String bodyFile(Body body, Set<String> taken) {
		String id = body.getId() == null || body.getId().isBlank() ? "unnamed" : body.getId();
		StringBuilder safe = new StringBuilder();
		id.codePoints().forEach(c -> safe.append(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '.')
				? (char) c : '_'));
		String name = BODY_PREFIX + safe;
		String candidate = name;
		for (int counter = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); counter++) {
			candidate = name + "~" + counter;
		}
		return candidate + EXTENSION;
	}

	@SuppressWarnings("unchecked")
	private static List<EObject>[] buckets() {
		List<EObject>[] buckets = new List[BUCKETS];
		for (int i = 0; i < BUCKETS; i++) {
			buckets[i] = new ArrayList<>();
		}
		return buckets;
	}

	private void assign(String file, EObject object) {
		members.computeIfAbsent(file, f -> new ArrayList<>()).add(object);
		fileOfTop.put(object, file);
	}

	private void assignAll(String file, List<EObject> objects) {
		for (EObject object : objects) {
			assign(file, object);
		}
	}

	/** The id an object is referred to by across files, or null if it has none. */
	public static String idOf(EObject object) {
		return EcoreUtil.getID(object);
	}
}
