package org.mandateworkbench.store.internal;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * The resource set of an open model. Every file of the model folder stands for the one in-memory
 * {@link ModelResource}, so a reference {@code documents-07.xmi#KEY} resolves by id there; nothing
 * is ever demand-loaded, so a dangling reference stays a proxy instead of loading a stray file.
 */
public final class ModelResourceSet extends ResourceSetImpl {

	private ModelResource model;

	/** Makes {@code resource} the target of every URI in its folder. */
	public void setModel(ModelResource resource) {
		this.model = resource;
		getResources().add(resource);
	}

	@Override
	public Resource getResource(URI uri, boolean loadOnDemand) {
		if (model != null && sameFolder(uri, model.getURI())) {
			return model;
		}
		return super.getResource(uri, false);
	}

	private static boolean sameFolder(URI uri, URI modelUri) {
		return uri.isFile() && modelUri.trimSegments(1).equals(uri.trimFragment().trimSegments(1));
	}
}
