package org.mandateworkbench.ui.document.internal;

/**
 * The document reader's strings, injected with {@code @Translation}; values come from
 * OSGi-INF/l10n/bundle*.properties of this bundle.
 */
public final class ReaderMessages {
	public String reader_language;
	public String reader_languageEnglish;
	public String reader_languageChinese;
	public String reader_original;
	public String reader_untitled;
	public String reader_undated;
	public String reader_gone;
	public String reader_noVersions;
	public String reader_noText;
	public String reader_paragraphShown;
	public String reader_paragraphMissing;
	public String reader_footnoteShown;
	public String reader_passageShown;
	public String reader_lineShown;
}
