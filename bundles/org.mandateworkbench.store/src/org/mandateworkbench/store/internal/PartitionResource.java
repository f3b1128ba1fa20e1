package org.mandateworkbench.store.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * A file of the model read on its own before its objects join the in-memory model. References by
 * plain id inside the file are resolved at the end of parsing through an index built in one pass.
 */
final class PartitionResource extends XMIResourceImpl {

	private Map<String, EObject> index;

	PartitionResource(URI uri) {
		super(uri);
	}

	@Override
	protected EObject getEObjectByID(String id) {
		if (index == null) {
			index = new HashMap<>();
			for (TreeIterator<EObject> i = getAllProperContents(getContents()); i.hasNext();) {
				EObject object = i.next();
				String objectId = ModelPartitioning.idOf(object);
				if (objectId != null) {
					index.putIfAbsent(objectId, object);
				}
			}
		}
		return index.get(id);
	}
}
