package org.mandateworkbench.ingest.merge;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One proposed object of an import and what committing it would do to the workspace: add a new object
 * to a containment, set a feature of an existing object, add a reference to an existing list, or
 * nothing, because the workspace already has it ({@link Kind#MATCHED}) or the object has no place in
 * the model ({@link Kind#UNMATCHED}, with a reason).
 * <p>
 * New objects are detached until the commit, so a reviewer may edit their attributes; {@link #value()}
 * of an update may be replaced with {@link #setValue(Object)}. A change is committed only if it is
 * {@linkplain #isAccepted() accepted} and every change it {@linkplain #requires() requires} is
 * committed too (a recommendation of a new meeting needs that meeting).
 */
public final class ImportChange {

	/** What committing the change does. */
	public enum Kind {
		/** Adds {@link ImportChange#object()} to the containment {@link ImportChange#feature()} of the owner. */
		ADD,
		/** Sets {@link ImportChange#feature()} of the existing owner to {@link ImportChange#value()}. */
		UPDATE,
		/** Adds {@link ImportChange#value()} to the list {@link ImportChange#feature()} of the owner. */
		LINK,
		/** The workspace already holds this; nothing to do. */
		MATCHED,
		/** Cannot be placed in the model; {@link ImportChange#reason()} says why. */
		UNMATCHED
	}

	/** What kind of model object the change is about. */
	public enum Category {
		/** A document. */
		DOCUMENT,
		/** One language version of a document, with the source text. */
		LANGUAGE_VERSION,
		/** A document this one supersedes (Rev.). */
		SUPERSEDES,
		/** A document this one cites. */
		CITATION,
		/** A resolution or decision cited. */
		RESOLUTION,
		/** The issuing body. */
		BODY,
		/** The meeting. */
		MEETING,
		/** The agenda item the document is issued under. */
		AGENDA_ITEM,
		/** A lettered recommendation. */
		RECOMMENDATION,
		/** A State. */
		STATE,
		/** The mandate that holds imported notes verbales. */
		MANDATE,
		/** A note verbale. */
		NOTE_VERBALE,
		/** A reminder of a note verbale. */
		REMINDER,
		/** A State's response to a note verbale. */
		STATE_RESPONSE,
		/** An indicator. */
		INDICATOR,
		/** A dated value of an indicator. */
		OBSERVATION,
		/** Who attended the meeting: its attendance, or a State in it. */
		ATTENDANCE
	}

	private final Kind kind;
	private final Category category;
	private final String label;
	private final EObject owner;
	private final EStructuralFeature feature;
	private Object value;
	private final SourceSpan span;
	private final double confidence;
	private final List<ImportChange> requires;
	private final String reason;
	private boolean accepted;

	private ImportChange(Kind kind, Category category, String label, EObject owner, EStructuralFeature feature,
			Object value, SourceSpan span, double confidence, List<ImportChange> requires, String reason) {
		this.kind = kind;
		this.category = category;
		this.label = Objects.requireNonNull(label);
		this.owner = owner;
		this.feature = feature;
		this.value = value;
		this.span = span;
		this.confidence = confidence;
		this.requires = List.copyOf(requires);
		this.reason = reason;
		this.accepted = kind == Kind.ADD || kind == Kind.UPDATE || kind == Kind.LINK;
	}

	/** A new object to add to the containment {@code feature} of {@code owner}. */
	public static ImportChange add(Category category, String label, EObject owner, EStructuralFeature feature,
			EObject object, SourceSpan span, double confidence, List<ImportChange> requires) {
		return new ImportChange(Kind.ADD, category, label, owner, feature, object, span, confidence, requires, null);
	}

	/** A new value for a single-valued feature of an existing object. */
	public static ImportChange update(Category category, String label, EObject owner, EStructuralFeature feature,
			Object value, SourceSpan span, double confidence, List<ImportChange> requires) {
		return new ImportChange(Kind.UPDATE, category, label, owner, feature, value, span, confidence, requires, null);
	}

	/** A value to add to a many-valued feature of {@code owner}. */
	public static ImportChange link(Category category, String label, EObject owner, EStructuralFeature feature,
			Object value, SourceSpan span, double confidence, List<ImportChange> requires) {
		return new ImportChange(Kind.LINK, category, label, owner, feature, value, span, confidence, requires, null);
	}

	/** Something the workspace already holds as read. */
	public static ImportChange matched(Category category, String label, EObject existing, SourceSpan span,
			double confidence) {
		return new ImportChange(Kind.MATCHED, category, label, existing, null, existing, span, confidence, List.of(),
				null);
	}

	/** Something read that has no place in the model, with the reason. */
	public static ImportChange unmatched(Category category, String label, String reason, SourceSpan span,
			double confidence) {
		return new ImportChange(Kind.UNMATCHED, category, label, null, null, null, span, confidence, List.of(),
				Objects.requireNonNull(reason));
	}

	/** What committing does. */
	public Kind kind() {
		return kind;
	}

	/** What kind of object this is about. */
	public Category category() {
		return category;
	}

	/** A short identification as read (a symbol, "5(a)", "ARG"), not translated. */
	public String label() {
		return label;
	}

	/**
	 * The object this change is about: the new object of an {@link Kind#ADD}, the existing object of a
	 * {@link Kind#MATCHED}, the changed object of an {@link Kind#UPDATE} or {@link Kind#LINK}; null for
	 * {@link Kind#UNMATCHED}.
	 */
	public EObject object() {
		return kind == Kind.ADD || kind == Kind.MATCHED ? (EObject) value : owner;
	}

	/** The object whose feature changes (the container of an added object); null if nothing changes. */
	public EObject owner() {
		return kind == Kind.MATCHED ? null : owner;
	}

	/** The feature that changes; null if nothing changes. */
	public EStructuralFeature feature() {
		return feature;
	}

	/** The added object, the new value or the linked value; null if nothing changes. */
	public Object value() {
		return kind == Kind.MATCHED ? null : value;
	}

	/**
	 * Replaces the value of an {@link Kind#UPDATE}, for a reviewer who corrects it.
	 *
	 * @throws IllegalStateException for other kinds
	 */
	public void setValue(Object newValue) {
		if (kind != Kind.UPDATE) {
			throw new IllegalStateException("Only an update's value can be replaced: " + this); //$NON-NLS-1$
		}
		value = newValue;
	}

	/** Where it was read; null if it was derived rather than read. */
	public SourceSpan span() {
		return span;
	}

	/** How sure the recognition and the match are, 0..1. */
	public double confidence() {
		return confidence;
	}

	/** Changes that must be committed for this one to be. */
	public List<ImportChange> requires() {
		return requires;
	}

	/** Why an {@link Kind#UNMATCHED} change has no place; null otherwise. */
	public String reason() {
		return reason;
	}

	/** Whether the change would alter the workspace: {@link Kind#ADD}, {@link Kind#UPDATE} or {@link Kind#LINK}. */
	public boolean isEffective() {
		return kind == Kind.ADD || kind == Kind.UPDATE || kind == Kind.LINK;
	}

	/** Whether the reviewer accepts it; effective changes start accepted. */
	public boolean isAccepted() {
		return accepted;
	}

	/**
	 * Accepts or rejects an effective change.
	 *
	 * @throws IllegalStateException when the change is not effective
	 */
	public void setAccepted(boolean accept) {
		if (!isEffective()) {
			throw new IllegalStateException("Only an effective change can be accepted: " + this); //$NON-NLS-1$
		}
		accepted = accept;
	}

	/** Whether a commit applies it: effective, accepted, and every required change applied too. */
	public boolean willCommit() {
		return isEffective() && accepted && requires.stream().allMatch(ImportChange::willCommit);
	}

	@Override
	public String toString() {
		return kind + " " + category + " " + label //$NON-NLS-1$ //$NON-NLS-2$
				+ (feature == null ? "" : " " + feature.getName()) //$NON-NLS-1$ //$NON-NLS-2$
				+ (reason == null ? "" : " (" + reason + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
