package org.mandateworkbench.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Removes launcher and framework arguments from the application arguments. Started through the
 * Equinox launcher jar, Equinox consumes -os, -ws, -arch, -nl, -data, -consoleLog, -clean,
 * -configuration, -product, -vm, -vmargs and the like itself, but passes on, among others,
 * -showlocation [TITLE], -refresh, -noregistrycache, -registryMultiLanguage, -library X,
 * -eclipse.keyring X, -eclipse.password X and the native launcher's --launcher.* options (checked
 * against Equinox 3.24 / launcher 1.7). Those, and defensively the consumed ones, never reach
 * the subcommands. Names compare ignoring case, as Equinox does.
 */
public final class FrameworkArgumentFilter {

	private static final Set<String> FLAGS = Set.of("-refresh", "-noregistrycache", "-registrymultilanguage", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"-consolelog", "-clean", "-nosplash", "-noexit", "--launcher.appendvmargs", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"--launcher.overridevmargs"); //$NON-NLS-1$

	private static final Set<String> WITH_VALUE = Set.of("-os", "-ws", "-arch", "-nl", "-data", "-configuration", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"-install", "-user", "-product", "-application", "-library", "-eclipse.keyring", "-eclipse.password", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"--launcher.library", "--launcher.xxmaxpermsize", "--launcher.defaultaction", "--launcher.timeout", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"--launcher.openfile", "--launcher.gtk_version"); //$NON-NLS-1$ //$NON-NLS-2$

	private static final Set<String> WITH_OPTIONAL_VALUE = Set.of("-showlocation"); //$NON-NLS-1$

	private FrameworkArgumentFilter() {
	}

	/**
	 * @param arguments the application arguments as Equinox passes them
	 * @return the arguments meant for mwb, in their order
	 */
	public static List<String> strip(List<String> arguments) {
		List<String> kept = new ArrayList<>(arguments.size());
		for (int i = 0; i < arguments.size(); i++) {
			String key = arguments.get(i).toLowerCase(Locale.ROOT);
			boolean hasNext = i + 1 < arguments.size();
			if (WITH_VALUE.contains(key)) {
				i += hasNext ? 1 : 0;
			} else if (WITH_OPTIONAL_VALUE.contains(key)) {
				i += hasNext && !arguments.get(i + 1).startsWith("-") ? 1 : 0; //$NON-NLS-1$
			} else if (!FLAGS.contains(key)) {
				kept.add(arguments.get(i));
			}
		}
		return List.copyOf(kept);
	}
}
