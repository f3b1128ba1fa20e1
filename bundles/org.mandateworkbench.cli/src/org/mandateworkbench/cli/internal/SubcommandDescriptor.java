package org.mandateworkbench.cli.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.cli.Subcommand;

/**
 * One contributed subcommand as declared in plugin.xml. The texts are read eagerly (the registry
 * has already translated them for the platform locale); the class is loaded only by
 * {@link #create()}.
 */
public final class SubcommandDescriptor {

	static final String ATTRIBUTE_NAME = "name"; //$NON-NLS-1$
	static final String ATTRIBUTE_CLASS = "class"; //$NON-NLS-1$
	static final String ATTRIBUTE_SUMMARY = "summary"; //$NON-NLS-1$
	static final String ATTRIBUTE_USAGE = "usage"; //$NON-NLS-1$

	private final String name;
	private final String summary;
	private final String usage;
	private final IConfigurationElement element;

	SubcommandDescriptor(String name, String summary, String usage, IConfigurationElement element) {
		this.name = name;
		this.summary = summary;
		this.usage = usage;
		this.element = element;
	}

	public String name() {
		return name;
	}

	/** @return the translated one-line summary */
	public String summary() {
		return summary;
	}

	/** @return the translated usage text, possibly several lines */
	public String usage() {
		return usage;
	}

	/** @return the symbolic name of the contributing bundle */
	public String contributor() {
		return element.getContributor().getName();
	}

	/**
	 * Loads and instantiates the implementing class.
	 *
	 * @throws CoreException when the class cannot be loaded or is not a {@link Subcommand}
	 */
	public Subcommand create() throws CoreException {
		Object instance = element.createExecutableExtension(ATTRIBUTE_CLASS);
		if (instance instanceof Subcommand subcommand) {
			return subcommand;
		}
		String message = NLS.bind(Messages.NotASubcommand, instance.getClass().getName(), contributor());
		throw new CoreException(Status.error(message));
	}

	@Override
	public String toString() {
		return name + " (" + contributor() + ')'; //$NON-NLS-1$
	}

	static IStatus ignored(IConfigurationElement element, String reason) {
		return Status.warning(NLS.bind(Messages.ContributionIgnored, element.getContributor().getName(), reason));
	}
}
