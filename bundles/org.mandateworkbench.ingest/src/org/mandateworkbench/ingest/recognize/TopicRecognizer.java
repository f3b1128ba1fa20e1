package org.mandateworkbench.ingest.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names the topics of international cooperation a passage is about, as stable keys:
 * extradition, mutualLegalAssistance, assetRecovery, competentAuthorities, transferOfProceedings,
 * lawEnforcementCooperation.
 */
public final class TopicRecognizer {

	private static final String[][] TOPICS = {
			{ "extradition", "\u5f15\u6e21", "extradition" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			{ "mutualLegalAssistance", "\u53f8\u6cd5\u534f\u52a9", "mutual legal assistance" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			{ "assetRecovery", "\u8d44\u4ea7\u8ffd\u56de", "asset recovery" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			{ "competentAuthorities", "\u4e3b\u7ba1\u673a\u5173", "competent authorit" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			{ "transferOfProceedings", "\u8f6c\u79fb\u8bc9\u8bbc", "transfer of criminal proceedings" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			{ "lawEnforcementCooperation", "\u6267\u6cd5\u5408\u4f5c", "law enforcement cooperation" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private TopicRecognizer() {
	}

	/**
	 * @param passage any text
	 * @return the topic keys named in it, in the order of the list above
	 */
	public static List<String> topics(CharSequence passage) {
		String lower = passage.toString().toLowerCase(Locale.ROOT);
		List<String> topics = new ArrayList<>();
		for (String[] topic : TOPICS) {
			if (lower.contains(topic[1]) || lower.contains(topic[2])) {
				topics.add(topic[0]);
			}
		}
		return topics;
	}
}
