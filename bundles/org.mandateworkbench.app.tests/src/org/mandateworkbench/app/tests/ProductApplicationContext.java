package org.mandateworkbench.app.tests;

import java.util.Map;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;

/** The application context the launcher would give the product's application, with these arguments. */
final class ProductApplicationContext implements IApplicationContext {

	private final String[] arguments;

	ProductApplicationContext(String... arguments) {
		this.arguments = arguments.clone();
	}

	private static IProduct product() {
		IProduct product = Platform.getProduct();
		if (product == null) {
			throw new IllegalStateException("no product: the test runtime must be started with -product"); //$NON-NLS-1$
		}
		return product;
	}

	@Override
	public Map<String, Object> getArguments() {
		return Map.of(APPLICATION_ARGS, arguments.clone());
	}

	@Override
	public void applicationRunning() {
		// the splash screen this would close does not exist in tests
	}

	@Override
	public String getBrandingApplication() {
		return product().getApplication();
	}

	@Override
	public String getBrandingName() {
		return product().getName();
	}

	@Override
	public String getBrandingDescription() {
		return product().getDescription();
	}

	@Override
	public String getBrandingId() {
		return product().getId();
	}

	@Override
	public String getBrandingProperty(String key) {
		return product().getProperty(key);
	}

	@Override
	public Bundle getBrandingBundle() {
		return product().getDefiningBundle();
	}

	@Override
	public void setResult(Object result, org.eclipse.equinox.app.IApplication application) {
		// only asynchronous applications report results this way
	}
}
