package org.mandateworkbench.cli.internal;

import java.io.PrintStream;

import org.eclipse.osgi.util.NLS;

/** Prints the overview of mwb and the usage of single subcommands. */
final class HelpPrinter {

	private static final String INDENT = "  "; //$NON-NLS-1$
	private static final int MIN_NAME_COLUMN = 10;

	private final SubcommandCatalog catalog;

	HelpPrinter(SubcommandCatalog catalog) {
		this.catalog = catalog;
	}

	void printOverview(PrintStream stream) {
		stream.println(Messages.HelpSynopsis);
		stream.println();
		stream.println(Messages.HelpCommandsHeading);
		if (catalog.all().isEmpty()) {
			stream.println(INDENT + Messages.HelpNoCommands);
		}
		int column = Math.max(MIN_NAME_COLUMN, catalog.names().stream().mapToInt(String::length).max().orElse(0) + 2);
		for (SubcommandDescriptor descriptor : catalog.all()) {
			stream.println(INDENT + pad(descriptor.name(), column) + descriptor.summary());
		}
		stream.println();
		stream.println(Messages.HelpOptionsHeading);
		for (String option : new String[] { Messages.HelpOptionWorkspace, Messages.HelpOptionDebug,
				Messages.HelpOptionHelp, Messages.HelpOptionVersion }) {
			stream.println(INDENT + option);
		}
		stream.println();
		stream.println(Messages.HelpFooter);
	}

	void printUsage(SubcommandDescriptor descriptor, PrintStream stream) {
		stream.println(NLS.bind(Messages.CommandHeading, descriptor.name(), descriptor.summary()));
		stream.println();
		stream.println(descriptor.usage());
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(Math.max(1, width - text.length())); //$NON-NLS-1$
	}
}
