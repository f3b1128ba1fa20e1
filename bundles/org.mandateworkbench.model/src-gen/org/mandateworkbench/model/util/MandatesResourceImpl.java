/**
 */
package org.mandateworkbench.model.util;

import org.eclipse.emf.common.util.URI;

import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * <!-- begin-user-doc -->
 * The <b>Resource </b> associated with the package.
 * <!-- end-user-doc -->
 * @see org.mandateworkbench.model.util.MandatesResourceFactoryImpl
 * @generated
 */
public class MandatesResourceImpl extends XMIResourceImpl {
	/**
	 * Creates an instance of the resource.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param uri the URI of the new resource.
	 * @generated
	 */
	public MandatesResourceImpl(URI uri) {
		super(uri);
	}

} //MandatesResourceImpl
