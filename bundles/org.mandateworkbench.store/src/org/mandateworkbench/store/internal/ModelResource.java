package org.mandateworkbench.store.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The single in-memory resource holding the whole model. It is never loaded or saved as one file:
 * {@link #serialize} writes one file of the split layout, and ids are looked up through an index so
 * that references between files resolve in constant time.
 */
public final class ModelResource extends XMIResourceImpl {

	private Map<String, EObject> idIndex = new HashMap<>();
	private boolean indexMayBeStale = true;

	/** Creates the resource; {@code uri} is the root file, against which all hrefs are relative. */
	public ModelResource(URI uri) {
		super(uri);
	}

	/** Tells the resource that ids may have changed, so a failed lookup rebuilds its index once. */
	public void invalidateIdIndex() {
		indexMayBeStale = true;
	}

	@Override
	protected EObject getEObjectByID(String id) {
		EObject found = idIndex.get(id);
		if (isCurrent(found, id)) {
			return found;
		}
		if (!indexMayBeStale) {
			return null;
		}
		rebuildIdIndex();
		found = idIndex.get(id);
		return isCurrent(found, id) ? found : null;
	}

	/** Rebuilds the id index over the whole model. */
	public void rebuildIdIndex() {
		Map<String, EObject> index = new HashMap<>();
		for (TreeIterator<EObject> i = getAllProperContents(getContents()); i.hasNext();) {
			EObject object = i.next();
			String id = ModelPartitioning.idOf(object);
			if (id != null) {
				index.putIfAbsent(id, object);
			}
		}
		idIndex = index;
		indexMayBeStale = false;
	}

	private boolean isCurrent(EObject found, String id) {
		return found != null && found.eResource() == this && id.equals(ModelPartitioning.idOf(found));
	}

	/**
	 * Serializes the objects of one file of {@code layout} to UTF-8 XMI bytes.
	 *
	 * @param file  the file name within the model folder
	 * @param roots the top-level objects of the file
	 */
	public byte[] serialize(String file, List<EObject> roots, ModelPartitioning layout) throws IOException {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_ROOT_OBJECTS, roots);
		options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_DISCARD);
		options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		new PartitionSave(this, layout, file, getContents().get(0)).save(this, bytes, options);
		return bytes.toByteArray();
	}
}
