package org.mandateworkbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mandateworkbench.ui.Messages;
import org.mandateworkbench.ui.dashboard.DashboardMessages;
import org.mandateworkbench.ui.document.internal.ReaderMessages;
import org.mandateworkbench.ui.noteverbale.NoteVerbaleMessages;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Every string of the UI bundles exists in English and in Chinese, and every reference resolves; the
 * Chinese fragments of platform bundles translate every key of their host's file.
 */
class TranslationCompletenessTest {

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+\\}"); //$NON-NLS-1$
	private static final Pattern MODEL_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\""); //$NON-NLS-1$

	@ParameterizedTest
	@ValueSource(strings = { "org.mandateworkbench.ui",
			"org.mandateworkbench.app",
			"org.mandateworkbench.ui.ingest",
			"org.mandateworkbench.ui.search",
			"org.mandateworkbench.ui.mandate",
			"org.mandateworkbench.ui.report",
			"org.mandateworkbench.ui.noteverbale",
			"org.mandateworkbench.ui.dashboard",
			"org.mandateworkbench.ui.document" })
	void chineseTranslationHasExactlyTheEnglishKeys(String bundleName) throws IOException {
		Bundle bundle = Platform.getBundle(bundleName);
		Set<String> english = keys(bundle, "OSGi-INF/l10n/bundle.properties"); //$NON-NLS-1$
		Set<String> chinese = keys(bundle, "OSGi-INF/l10n/bundle_zh.properties"); //$NON-NLS-1$
		assertEquals(english, chinese);
	}

	@ParameterizedTest
	@ValueSource(strings = { "org.mandateworkbench.ui/fragment.e4xmi", "org.mandateworkbench.app/Application.e4xmi",
			"org.mandateworkbench.app/plugin.xml",
			"org.mandateworkbench.ui.ingest/fragment.e4xmi",
			"org.mandateworkbench.ui.search/fragment.e4xmi",
			"org.mandateworkbench.ui.mandate/fragment.e4xmi",
			"org.mandateworkbench.ui.report/fragment.e4xmi",
			"org.mandateworkbench.ui.noteverbale/fragment.e4xmi",
			"org.mandateworkbench.ui.dashboard/fragment.e4xmi",
			"org.mandateworkbench.ui.document/fragment.e4xmi" })
	void everyModelLabelHasATranslation(String file) throws IOException {
		String[] parts = file.split("/", 2); //$NON-NLS-1$
		Bundle bundle = Platform.getBundle(parts[0]);
		Set<String> defined = keys(bundle, "OSGi-INF/l10n/bundle.properties"); //$NON-NLS-1$
		Matcher references = MODEL_KEY.matcher(read(bundle, parts[1]));
		Set<String> missing = new TreeSet<>();
		while (references.find()) {
			if (!defined.contains(references.group(1))) {
				missing.add(references.group(1));
			}
		}
		assertTrue(missing.isEmpty(), () -> file + " uses keys without a translation: " + missing); //$NON-NLS-1$
	}

	@org.junit.jupiter.api.Test
	void everyMessageFieldHasAString() throws IOException {
		Set<String> defined = keys(Platform.getBundle("org.mandateworkbench.ui"), "OSGi-INF/l10n/bundle.properties"); //$NON-NLS-1$ //$NON-NLS-2$
		Set<String> missing = new TreeSet<>();
		for (Field field : Messages.class.getFields()) {
			if (!defined.contains(field.getName())) {
				missing.add(field.getName());
			}
		}
		assertTrue(missing.isEmpty(), () -> "Messages fields without a string: " + missing); //$NON-NLS-1$
	}

	@ParameterizedTest
	@ValueSource(classes = { NoteVerbaleMessages.class, DashboardMessages.class, ReaderMessages.class })
	void everyMessageFieldOfTheSecretariatPartsHasAString(Class<?> messages) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(messages);
		Set<String> defined = keys(bundle, "OSGi-INF/l10n/bundle.properties"); //$NON-NLS-1$
		Set<String> missing = new TreeSet<>();
		for (Field field : messages.getFields()) {
			if (!defined.contains(field.getName())) {
				missing.add(field.getName());
			}
		}
		assertTrue(missing.isEmpty(), () -> messages.getSimpleName() + " fields without a string: " + missing); //$NON-NLS-1$
	}

	/**
	 * Each Chinese fragment of a platform bundle has every key of the host's English file, no other key,
	 * and no argument the English text lacks.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"org.mandateworkbench.nl.zh.jface|org/eclipse/jface/messages",
			"org.mandateworkbench.nl.zh.e4.ui.workbench.renderers.swt|org/eclipse/e4/ui/internal/workbench/renderers/swt/messages",
			"org.mandateworkbench.nl.zh.e4.ui.workbench.renderers.swt|org/eclipse/e4/ui/workbench/renderers/swt/messages",
			"org.mandateworkbench.nl.zh.e4.ui.workbench.addons.swt|org/eclipse/e4/ui/workbench/addons/minmax/messages",
			"org.mandateworkbench.nl.zh.e4.ui.workbench.swt|org/eclipse/e4/ui/internal/workbench/swt/messages",
			"org.mandateworkbench.nl.zh.e4.ui.workbench.swt|org/eclipse/e4/ui/workbench/swt/internal/copy/messages",
			"org.mandateworkbench.nl.zh.core.jobs|org/eclipse/core/internal/jobs/messages",
			"org.mandateworkbench.nl.zh.equinox.common|org/eclipse/core/internal/runtime/commonMessages" })
	void platformFragmentTranslatesEveryKeyOfItsHost(String fragmentName, String messages) throws IOException {
		Bundle fragment = Platform.getBundle(fragmentName);
		assertNotNull(fragment, () -> fragmentName + " is not in the runtime"); //$NON-NLS-1$
		String hostName = fragment.getHeaders("").get("Fragment-Host").split(";")[0].trim(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Properties english = properties(Platform.getBundle(hostName), messages + ".properties"); //$NON-NLS-1$
		Properties chinese = properties(fragment, messages + "_zh.properties"); //$NON-NLS-1$
		assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()));
		for (String key : chinese.stringPropertyNames()) {
			Set<String> extra = arguments(chinese.getProperty(key));
			extra.removeAll(arguments(english.getProperty(key)));
			assertTrue(extra.isEmpty(), () -> key + " has arguments the English text lacks: " + extra); //$NON-NLS-1$
		}
	}

	private static Set<String> arguments(String message) {
		Set<String> arguments = new TreeSet<>();
		Matcher argument = ARGUMENT.matcher(message);
		while (argument.find()) {
			arguments.add(argument.group());
		}
		return arguments;
	}

	private static Properties properties(Bundle bundle, String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = entry(bundle, path).openStream()) {
			properties.load(in);
		}
		return properties;
	}

	private static Set<String> keys(Bundle bundle, String path) throws IOException {
		return new TreeSet<>(properties(bundle, path).stringPropertyNames());
	}

	private static String read(Bundle bundle, String path) throws IOException {
		try (InputStream in = entry(bundle, path).openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static URL entry(Bundle bundle, String path) {
		URL url = bundle.getEntry(path);
		assertNotNull(url, () -> bundle.getSymbolicName() + " has no " + path); //$NON-NLS-1$
		return url;
	}
}
