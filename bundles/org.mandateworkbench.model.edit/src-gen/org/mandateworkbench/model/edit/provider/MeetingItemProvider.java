/**
 */
package org.mandateworkbench.model.edit.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.mandateworkbench.model.MandatesFactory;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.Meeting;

/**
 * This is the item provider adapter for a {@link org.mandateworkbench.model.Meeting} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class MeetingItemProvider extends IdentifiableItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeetingItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addOrdinalPropertyDescriptor(object);
			addResumedPropertyDescriptor(object);
			addStartDatePropertyDescriptor(object);
			addEndDatePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Ordinal feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOrdinalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Meeting_ordinal_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Meeting_ordinal_feature", "_UI_Meeting_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MandatesPackage.Literals.MEETING__ORDINAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Resumed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResumedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Meeting_resumed_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Meeting_resumed_feature", "_UI_Meeting_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MandatesPackage.Literals.MEETING__RESUMED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Start Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Meeting_startDate_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Meeting_startDate_feature", "_UI_Meeting_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MandatesPackage.Literals.MEETING__START_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the End Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEndDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Meeting_endDate_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Meeting_endDate_feature", "_UI_Meeting_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MandatesPackage.Literals.MEETING__END_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(MandatesPackage.Literals.MEETING__TITLE);
			childrenFeatures.add(MandatesPackage.Literals.MEETING__VENUE);
			childrenFeatures.add(MandatesPackage.Literals.MEETING__OFFICERS);
			childrenFeatures.add(MandatesPackage.Literals.MEETING__AGENDA);
			childrenFeatures.add(MandatesPackage.Literals.MEETING__ATTENDANCE);
			childrenFeatures.add(MandatesPackage.Literals.MEETING__RESOLUTIONS);
			childrenFeatures.add(MandatesPackage.Literals.MEETING__RECOMMENDATIONS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Meeting.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Meeting")); //$NON-NLS-1$
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Meeting)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_Meeting_type") : //$NON-NLS-1$
			getString("_UI_Meeting_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Meeting.class)) {
			case MandatesPackage.MEETING__ORDINAL:
			case MandatesPackage.MEETING__RESUMED:
			case MandatesPackage.MEETING__START_DATE:
			case MandatesPackage.MEETING__END_DATE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case MandatesPackage.MEETING__TITLE:
			case MandatesPackage.MEETING__VENUE:
			case MandatesPackage.MEETING__OFFICERS:
			case MandatesPackage.MEETING__AGENDA:
			case MandatesPackage.MEETING__ATTENDANCE:
			case MandatesPackage.MEETING__RESOLUTIONS:
			case MandatesPackage.MEETING__RECOMMENDATIONS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(MandatesPackage.Literals.MEETING__TITLE,
				 MandatesFactory.eINSTANCE.createMultilingualText()));

		newChildDescriptors.add
			(createChildParameter
				(MandatesPackage.Literals.MEETING__VENUE,
				 MandatesFactory.eINSTANCE.createMultilingualText()));

		newChildDescriptors.add
			(createChildParameter
				(MandatesPackage.Literals.MEETING__OFFICERS,
				 MandatesFactory.eINSTANCE.createOfficer()));

		newChildDescriptors.add
			(createChildParameter
				(MandatesPackage.Literals.MEETING__AGENDA,
				 MandatesFactory.eINSTANCE.createAgendaItem()));

		newChildDescriptors.add
			(createChildParameter
				(MandatesPackage.Literals.MEETING__ATTENDANCE,
				 MandatesFactory.eINSTANCE.createAttendance()));

		newChildDescriptors.add
			(createChildParameter
				(MandatesPackage.Literals.MEETING__RESOLUTIONS,
				 MandatesFactory.eINSTANCE.createResolution()));

		newChildDescriptors.add
			(createChildParameter
				(MandatesPackage.Literals.MEETING__RECOMMENDATIONS,
				 MandatesFactory.eINSTANCE.createRecommendation()));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify =
			childFeature == MandatesPackage.Literals.MEETING__TITLE ||
			childFeature == MandatesPackage.Literals.MEETING__VENUE;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2", //$NON-NLS-1$
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
