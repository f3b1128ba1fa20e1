/**
 */
package org.mandateworkbench.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.mandateworkbench.model.LanguageVersion;
import org.mandateworkbench.model.MandatesPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Language Version</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mandateworkbench.model.impl.LanguageVersionImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.LanguageVersionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.LanguageVersionImpl#isOriginal <em>Original</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.LanguageVersionImpl#getFile <em>File</em>}</li>
 *   <li>{@link org.mandateworkbench.model.impl.LanguageVersionImpl#getText <em>Text</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LanguageVersionImpl extends EObjectImpl implements LanguageVersion {
	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isOriginal() <em>Original</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOriginal()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ORIGINAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOriginal() <em>Original</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOriginal()
	 * @generated
	 * @ordered
	 */
	protected boolean original = ORIGINAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected String file = FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LanguageVersionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MandatesPackage.Literals.LANGUAGE_VERSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.LANGUAGE_VERSION__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.LANGUAGE_VERSION__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOriginal() {
		return original;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginal(boolean newOriginal) {
		boolean oldOriginal = original;
		original = newOriginal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.LANGUAGE_VERSION__ORIGINAL, oldOriginal, original));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFile() {
		return file;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFile(String newFile) {
		String oldFile = file;
		file = newFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.LANGUAGE_VERSION__FILE, oldFile, file));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MandatesPackage.LANGUAGE_VERSION__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MandatesPackage.LANGUAGE_VERSION__LANGUAGE:
				return getLanguage();
			case MandatesPackage.LANGUAGE_VERSION__TITLE:
				return getTitle();
			case MandatesPackage.LANGUAGE_VERSION__ORIGINAL:
				return isOriginal();
			case MandatesPackage.LANGUAGE_VERSION__FILE:
				return getFile();
			case MandatesPackage.LANGUAGE_VERSION__TEXT:
				return getText();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MandatesPackage.LANGUAGE_VERSION__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case MandatesPackage.LANGUAGE_VERSION__TITLE:
				setTitle((String)newValue);
				return;
			case MandatesPackage.LANGUAGE_VERSION__ORIGINAL:
				setOriginal((Boolean)newValue);
				return;
			case MandatesPackage.LANGUAGE_VERSION__FILE:
				setFile((String)newValue);
				return;
			case MandatesPackage.LANGUAGE_VERSION__TEXT:
				setText((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case MandatesPackage.LANGUAGE_VERSION__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case MandatesPackage.LANGUAGE_VERSION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case MandatesPackage.LANGUAGE_VERSION__ORIGINAL:
				setOriginal(ORIGINAL_EDEFAULT);
				return;
			case MandatesPackage.LANGUAGE_VERSION__FILE:
				setFile(FILE_EDEFAULT);
				return;
			case MandatesPackage.LANGUAGE_VERSION__TEXT:
				setText(TEXT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case MandatesPackage.LANGUAGE_VERSION__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case MandatesPackage.LANGUAGE_VERSION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case MandatesPackage.LANGUAGE_VERSION__ORIGINAL:
				return original != ORIGINAL_EDEFAULT;
			case MandatesPackage.LANGUAGE_VERSION__FILE:
				return FILE_EDEFAULT == null ? file != null : !FILE_EDEFAULT.equals(file);
			case MandatesPackage.LANGUAGE_VERSION__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (language: "); //$NON-NLS-1$
		result.append(language);
		result.append(", title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", original: "); //$NON-NLS-1$
		result.append(original);
		result.append(", file: "); //$NON-NLS-1$
		result.append(file);
		result.append(", text: "); //$NON-NLS-1$
		result.append(text);
		result.append(')');
		return result.toString();
	}

} //LanguageVersionImpl
