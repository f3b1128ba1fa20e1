package org.mandateworkbench.store.internal;

import java.util.Iterator;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMISaveImpl;
import org.mandateworkbench.model.MandatesPackage;

/**
 * Writes one file of the model: the objects of that file, with references to objects of other files
 * written as {@code href="other.xmi#id"} and references inside the file as plain ids. The root's
 * lists that live in other files are left out of {@value ModelPartitioning#WORKSPACE_FILE}, except
 * the bodies, which it lists as references to keep their order.
 */
final class PartitionSave extends XMISaveImpl {

	private static final Set<EStructuralFeature> ROOT_LISTS_SAVED_ELSEWHERE = Set.of(
			MandatesPackage.Literals.MANDATE_WORKSPACE__STATES, MandatesPackage.Literals.MANDATE_WORKSPACE__ORGANIZATIONS,
			MandatesPackage.Literals.MANDATE_WORKSPACE__PERSONS, MandatesPackage.Literals.MANDATE_WORKSPACE__DOCUMENTS,
			MandatesPackage.Literals.MANDATE_WORKSPACE__MANDATES, MandatesPackage.Literals.MANDATE_WORKSPACE__INDICATORS);

	private final ModelPartitioning layout;
	private final String file;
	private final EObject modelRoot;

	PartitionSave(XMLResource resource, ModelPartitioning layout, String file, EObject modelRoot) {
		super(new PartitionHelper(resource, layout));
		this.layout = layout;
		this.file = file;
		this.modelRoot = modelRoot;
	}

	@Override
	protected boolean shouldSaveFeature(EObject o, EStructuralFeature f) {
		if (o == modelRoot && ROOT_LISTS_SAVED_ELSEWHERE.contains(f)) {
			return false;
		}
		return super.shouldSaveFeature(o, f);
	}

	@Override
	protected void saveContainedMany(EObject o, EStructuralFeature f) {
		if (o == modelRoot && f == MandatesPackage.Literals.MANDATE_WORKSPACE__BODIES) {
			@SuppressWarnings("unchecked")
			InternalEList<? extends EObject> bodies = (InternalEList<? extends EObject>) o.eGet(f);
			for (Iterator<? extends EObject> i = bodies.basicIterator(); i.hasNext();) {
				saveHref(i.next(), f);
			}
		} else {
			super.saveContainedMany(o, f);
		}
	}

	@Override
	protected int sameDocSingle(EObject o, EStructuralFeature f) {
		EObject value = (EObject) helper.getValue(o, f);
		if (value == null) {
			return SKIP;
		}
		return isInThisFile(value) ? SAME_DOC : CROSS_DOC;
	}

	@Override
	protected int sameDocMany(EObject o, EStructuralFeature f) {
		@SuppressWarnings("unchecked")
		InternalEList<? extends EObject> values = (InternalEList<? extends EObject>) helper.getValue(o, f);
		if (values.isEmpty()) {
			return SKIP;
		}
		for (Iterator<? extends EObject> i = values.basicIterator(); i.hasNext();) {
			if (!isInThisFile(i.next())) {
				return CROSS_DOC;
			}
		}
		return SAME_DOC;
	}

	// Plain id references are written space-separated, so an id with white space must use an href.
	private boolean isInThisFile(EObject value) {
		if (((InternalEObject) value).eIsProxy()) {
			return false;
		}
		String id = ModelPartitioning.idOf(value);
		return id != null && !id.isEmpty() && id.chars().noneMatch(Character::isWhitespace)
				&& file.equals(layout.fileOf(value));
	}

	/** Names the file of each referenced object instead of the single in-memory resource. */
	private static final class PartitionHelper extends XMIHelperImpl {

		private final ModelPartitioning layout;

		PartitionHelper(XMLResource resource, ModelPartitioning layout) {
			super(resource);
			this.layout = layout;
		}

		@Override
		protected URI getHREF(Resource otherResource, EObject obj) {
			String file = otherResource == resource ? layout.fileOf(obj) : null;
			if (file == null) {
				return super.getHREF(otherResource, obj);
			}
			return URI.createURI(file).appendFragment(otherResource.getURIFragment(obj));
		}
	}
}
