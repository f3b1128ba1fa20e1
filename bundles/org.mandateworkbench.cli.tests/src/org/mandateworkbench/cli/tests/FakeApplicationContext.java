package org.mandateworkbench.cli.tests;

import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;

/** An application context carrying only the command line arguments, as Equinox hands them over. */
final class FakeApplicationContext implements IApplicationContext {

	private final Map<String, Object> arguments;
	boolean running;

	FakeApplicationContext(String... applicationArguments) {
		this.arguments = Map.of(IApplicationContext.APPLICATION_ARGS, applicationArguments);
	}

	@Override
	public Map<String, Object> getArguments() {
		return arguments;
	}

	@Override
	public void applicationRunning() {
		running = true;
	}

	@Override
	public String getBrandingApplication() {
		return null;
	}

	@Override
	public String getBrandingName() {
		return null;
	}

	@Override
	public String getBrandingDescription() {
		return null;
	}

	@Override
	public String getBrandingId() {
		return null;
	}

	@Override
	public String getBrandingProperty(String key) {
		return null;
	}

	@Override
	public Bundle getBrandingBundle() {
		return null;
	}

	@Override
	public void setResult(Object result, IApplication application) {
		throw new IllegalStateException("mwb must return its exit code from start()"); //$NON-NLS-1$
	}
}
