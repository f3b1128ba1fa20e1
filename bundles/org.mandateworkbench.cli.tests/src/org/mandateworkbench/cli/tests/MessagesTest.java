package org.mandateworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.cli.internal.Messages;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Both languages are complete: every message and every contributed text exists in English and Chinese. */
class MessagesTest {

	private static final String MESSAGES = "org/mandateworkbench/cli/internal/messages"; //$NON-NLS-1$

	@Test
	void everyMessageFieldHasAnEnglishAndAChineseText() throws IOException {
		Bundle cli = FrameworkUtil.getBundle(Messages.class);
		Set<String> fields = Arrays.stream(Messages.class.getDeclaredFields())
				.filter(field -> Modifier.isPublic(field.getModifiers()) && field.getType() == String.class)
				.map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
		assertEquals(fields, keys(cli, MESSAGES + ".properties")); //$NON-NLS-1$
		assertEquals(fields, keys(cli, MESSAGES + "_zh.properties")); //$NON-NLS-1$
	}

	@Test
	void chineseMessagesAreTranslatedNotCopied() throws IOException {
		Bundle cli = FrameworkUtil.getBundle(Messages.class);
		Properties english = load(cli, MESSAGES + ".properties"); //$NON-NLS-1$
		Properties chinese = load(cli, MESSAGES + "_zh.properties"); //$NON-NLS-1$
		for (String key : english.stringPropertyNames()) {
			String text = chinese.getProperty(key);
			assertTrue(!hasWords(english.getProperty(key)) || text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
					key + " = " + text); //$NON-NLS-1$
		}
	}

	@Test
	void pluginTextsExistInBothLanguages() throws IOException {
		for (Bundle bundle : new Bundle[] { FrameworkUtil.getBundle(Messages.class), FrameworkUtil.getBundle(MessagesTest.class) }) {
			assertEquals(keys(bundle, "plugin.properties"), keys(bundle, "plugin_zh.properties"), bundle.getSymbolicName()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Whether a text has anything to translate besides placeholders, the command name and options. */
	private static boolean hasWords(String english) {
		return english.replaceAll("\\{\\d\\}|mwb|--?[\\w-]+", "").codePoints().anyMatch(Character::isLetter); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Set<String> keys(Bundle bundle, String path) throws IOException {
		return new TreeSet<>(load(bundle, path).stringPropertyNames());
	}

	private static Properties load(Bundle bundle, String path) throws IOException {
		URL entry = bundle.getEntry(path);
		assertNotNull(entry, bundle.getSymbolicName() + " has no " + path); //$NON-NLS-1$
		Properties properties = new Properties();
		try (InputStream in = entry.openStream()) {
			properties.load(in);
		}
		return properties;
	}
}
