package org.mandateworkbench.ui.mandate.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.ui.mandate.internal.Messages;

/** Every string of the mandate editor exists in English and Chinese, and every reference resolves. */
class TranslationTest {

	private static final Path BUNDLE = Path.of("..", "org.mandateworkbench.ui.mandate"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final String MESSAGES = "src/org/mandateworkbench/ui/mandate/internal/messages"; //$NON-NLS-1$

	@ParameterizedTest
	@ValueSource(strings = { MESSAGES, "OSGi-INF/l10n/bundle" }) //$NON-NLS-1$
	void chineseHasExactlyTheEnglishKeys(String base) throws IOException {
		Properties english = load(base + ".properties"); //$NON-NLS-1$
		Properties chinese = load(base + "_zh.properties"); //$NON-NLS-1$
		assertEquals(english.stringPropertyNames(), chinese.stringPropertyNames());
		for (String key : chinese.stringPropertyNames()) {
			assertTrue(!chinese.getProperty(key).isBlank(), key);
		}
	}

	@Test
	void everyMessageFieldHasAString() throws IOException {
		Set<String> fields = Arrays.stream(Messages.class.getFields()).filter(f -> Modifier.isStatic(f.getModifiers()))
				.map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
		assertEquals(new TreeSet<>(load(MESSAGES + ".properties").stringPropertyNames()), fields); //$NON-NLS-1$
	}

	@Test
	void everyModelLabelHasATranslation() throws IOException {
		Set<String> defined = load("OSGi-INF/l10n/bundle.properties").stringPropertyNames(); //$NON-NLS-1$
		Matcher references = Pattern.compile("\"%([A-Za-z0-9_.]+)\"").matcher(Files.readString(BUNDLE.resolve("fragment.e4xmi"))); //$NON-NLS-1$ //$NON-NLS-2$
		Set<String> missing = new TreeSet<>();
		while (references.find()) {
			if (!defined.contains(references.group(1))) {
				missing.add(references.group(1));
			}
		}
		assertTrue(missing.isEmpty(), () -> "fragment.e4xmi uses keys without a string: " + missing); //$NON-NLS-1$
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(BUNDLE.resolve(file))) {
			properties.load(in);
		}
		return properties;
	}
}
