package org.mandateworkbench.ui.mandate.internal;

import java.util.function.Function;

import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.osgi.util.NLS;
import org.mandateworkbench.model.NoteVerbale;
import org.mandateworkbench.ui.mandate.internal.ResponseMatrix.Cell;

/**
 * The texts of the responses matrix for NatTable: one row per {@link ResponseMatrix#rows() row},
 * then a row of totals; one column per note verbale. Its matrix can be replaced; refresh the table
 * afterwards. The headers are {@link #rowHeader()} and {@link #columnHeader(Function)}.
 */
public final class ResponseMatrixDataProvider implements IDataProvider {

	private ResponseMatrix matrix;

	public ResponseMatrixDataProvider(ResponseMatrix matrix) {
		this.matrix = matrix;
	}

	/** Shows another matrix. */
	public void setMatrix(ResponseMatrix newMatrix) {
		matrix = newMatrix;
	}

	public ResponseMatrix matrix() {
		return matrix;
	}

	/** Whether a row index is that of the totals. */
	public boolean isTotalRow(int rowIndex) {
		return rowIndex == matrix.rows().size();
	}

	@Override
	public Object getDataValue(int columnIndex, int rowIndex) {
		if (isTotalRow(rowIndex)) {
			return NLS.bind(Messages.responses_totalCell, matrix.receivedCount(columnIndex), matrix.addressedCount(columnIndex));
		}
		return text(matrix.cell(rowIndex, columnIndex), matrix.rows().get(rowIndex).state() == null);
	}

	/** The text of a cell; in the row of replies without a State it counts them. */
	public static String text(Cell cell, boolean unattributedRow) {
		return switch (cell.state()) {
			case RECEIVED -> unattributedRow ? NLS.bind(Messages.responses_receivedCount, cell.responses().size())
					: NLS.bind(Messages.responses_received, IsoDates.format(cell.date()));
			case RECEIVED_UNDATED -> Messages.responses_receivedUndated;
			case OUTSTANDING -> Messages.responses_outstanding;
			case NOT_ADDRESSED -> ""; //$NON-NLS-1$
		};
	}

	@Override
	public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
		throw new UnsupportedOperationException("the responses matrix is read-only"); //$NON-NLS-1$
	}

	@Override
	public int getColumnCount() {
		return matrix.notes().size();
	}

	@Override
	public int getRowCount() {
		return matrix.rows().size() + 1;
	}

	/** The row header: State names, the row of replies without a State, the totals. */
	public IDataProvider rowHeader() {
		return new HeaderProvider(false, null);
	}

	/** The column header: each note verbale, named by the given function. */
	public IDataProvider columnHeader(Function<NoteVerbale, String> names) {
		return new HeaderProvider(true, names);
	}

	private final class HeaderProvider implements IDataProvider {

		private final boolean columns;
		private final Function<NoteVerbale, String> names;

		HeaderProvider(boolean columns, Function<NoteVerbale, String> names) {
			this.columns = columns;
			this.names = names;
		}

		@Override
		public Object getDataValue(int columnIndex, int rowIndex) {
			if (columns) {
				return names.apply(matrix.notes().get(columnIndex));
			}
			if (isTotalRow(rowIndex)) {
				return Messages.responses_total;
			}
			ResponseMatrix.Row row = matrix.rows().get(rowIndex);
			return row.state() == null ? Messages.responses_noState : row.name();
		}

		@Override
		public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
			throw new UnsupportedOperationException("headers are read-only"); //$NON-NLS-1$
		}

		@Override
		public int getColumnCount() {
			return columns ? matrix.notes().size() : 1;
		}

		@Override
		public int getRowCount() {
			return columns ? 1 : matrix.rows().size() + 1;
		}
	}
}
