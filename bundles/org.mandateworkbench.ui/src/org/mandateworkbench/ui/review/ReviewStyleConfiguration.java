package org.mandateworkbench.ui.review;

import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.FontData;

/** Group header rows stand out: bold on a light background. */
final class ReviewStyleConfiguration extends AbstractRegistryConfiguration {

	@Override
	public void configureRegistry(IConfigRegistry registry) {
		FontData normal = GUIHelper.DEFAULT_FONT.getFontData()[0];
		Style group = new Style();
		group.setAttributeValue(CellStyleAttributes.FONT,
				GUIHelper.getFont(new FontData(normal.getName(), normal.getHeight(), SWT.BOLD)));
		group.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, GUIHelper.COLOR_WIDGET_LIGHT_SHADOW);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, group, DisplayMode.NORMAL,
				ReviewBodyLayerStack.GROUP_LABEL);
	}
}
