package org.mandateworkbench.ui.review;

import java.util.List;

import org.eclipse.nebula.widgets.nattable.hideshow.ColumnHideShowLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * The column chooser: a menu with one check item per column; unchecking hides the column, checking
 * shows it again. The last shown column cannot be hidden.
 */
final class ColumnChooserMenu {

	private final ColumnHideShowLayer hideShow;
	private final List<String> headers;

	ColumnChooserMenu(ColumnHideShowLayer hideShow, List<String> headers) {
		this.hideShow = hideShow;
		this.headers = headers;
	}

	/** Opens the menu below a control. */
	void openBelow(Control owner) {
		Menu menu = new Menu(owner);
		for (int column = 0; column < headers.size(); column++) {
			int index = column;
			MenuItem item = new MenuItem(menu, SWT.CHECK);
			item.setText(headers.get(column));
			item.setSelection(!hideShow.isColumnIndexHidden(column));
			item.addListener(SWT.Selection, event -> setShown(index, item.getSelection()));
		}
		menu.addListener(SWT.Hide, event -> owner.getDisplay().asyncExec(menu::dispose));
		var location = owner.toDisplay(0, owner.getSize().y);
		menu.setLocation(location);
		menu.setVisible(true);
	}

	/** Shows or hides the column with this index, keeping at least one column shown. */
	void setShown(int columnIndex, boolean shown) {
		if (shown) {
			hideShow.showColumnIndexes(columnIndex);
		} else if (hideShow.getHiddenColumnIndexes().size() < headers.size() - 1) {
			hideShow.hideColumnIndexes(columnIndex);
		}
	}
}
