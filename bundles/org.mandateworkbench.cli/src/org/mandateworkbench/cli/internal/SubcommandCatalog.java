package org.mandateworkbench.cli.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.osgi.util.NLS;

/**
 * The subcommands contributed to {@value #EXTENSION_POINT_ID}, sorted by name. Faulty
 * contributions are reported and left out, so one broken bundle cannot take the command line down.
 */
public final class SubcommandCatalog {

	/** The extension point other bundles contribute their subcommands to. */
	public static final String EXTENSION_POINT_ID = "org.mandateworkbench.cli.subcommands"; //$NON-NLS-1$

	static final String ELEMENT_SUBCOMMAND = "subcommand"; //$NON-NLS-1$
	static final String RESERVED_NAME = "help"; //$NON-NLS-1$

	private final SortedMap<String, SubcommandDescriptor> byName;

	private SubcommandCatalog(SortedMap<String, SubcommandDescriptor> byName) {
		this.byName = byName;
	}

	/**
	 * Reads every contribution from the registry. Nothing is class-loaded here.
	 *
	 * @param registry the extension registry
	 * @param problems receives a warning for each contribution that is left out
	 */
	public static SubcommandCatalog load(IExtensionRegistry registry, Consumer<IStatus> problems) {
		SortedMap<String, SubcommandDescriptor> byName = new TreeMap<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT_ID)) {
			if (!ELEMENT_SUBCOMMAND.equals(element.getName())) {
				continue;
			}
			String problem = problemOf(element, byName);
			if (problem != null) {
				problems.accept(SubcommandDescriptor.ignored(element, problem));
				continue;
			}
			String name = element.getAttribute(SubcommandDescriptor.ATTRIBUTE_NAME).trim();
			byName.put(name, new SubcommandDescriptor(name,
					element.getAttribute(SubcommandDescriptor.ATTRIBUTE_SUMMARY).trim(),
					element.getAttribute(SubcommandDescriptor.ATTRIBUTE_USAGE).strip(), element));
		}
		return new SubcommandCatalog(byName);
	}

	private static String problemOf(IConfigurationElement element, SortedMap<String, SubcommandDescriptor> known) {
		for (String attribute : List.of(SubcommandDescriptor.ATTRIBUTE_NAME, SubcommandDescriptor.ATTRIBUTE_CLASS,
				SubcommandDescriptor.ATTRIBUTE_SUMMARY, SubcommandDescriptor.ATTRIBUTE_USAGE)) {
			String value = element.getAttribute(attribute);
			if (value == null || value.isBlank()) {
				return NLS.bind(Messages.ContributionMissingAttribute, attribute);
			}
		}
		String name = element.getAttribute(SubcommandDescriptor.ATTRIBUTE_NAME).trim();
		if (name.startsWith("-") || name.chars().anyMatch(Character::isWhitespace)) { //$NON-NLS-1$
			return NLS.bind(Messages.ContributionBadName, name);
		}
		if (name.equals(RESERVED_NAME)) {
			return NLS.bind(Messages.ContributionReservedName, name);
		}
		SubcommandDescriptor existing = known.get(name);
		if (existing != null) {
			return NLS.bind(Messages.ContributionDuplicateName, name, existing.contributor());
		}
		return null;
	}

	/** @return every subcommand, sorted by name */
	public Collection<SubcommandDescriptor> all() {
		return byName.values();
	}

	/** @return the sorted names */
	public Collection<String> names() {
		return byName.keySet();
	}

	public Optional<SubcommandDescriptor> find(String name) {
		return Optional.ofNullable(byName.get(name));
	}
}
