import * as React from "react";
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Figure, FigureCell, FigureColumn } from "../../core/report/figures/figure-types";
import { formatValue, isNumericFormat } from "../format/number-format";
import { cellTitle, hedgeMark } from "./cell-title";

const useStyles = makeStyles({
  // Long tables (the headline figures run to dozens of tall rows) scroll inside their own region, under a header that stays put.
  scroller: {
    overflow: "auto", maxWidth: "100%", maxHeight: "440px", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  // Columns as wide as their content (Fluent fixes the layout by default): a few columns fill the pane,
  // many scroll sideways inside the table's own region instead of squeezing every column.
  table: { width: "max-content", minWidth: "100%", tableLayout: "auto", fontSize: tokens.fontSizeBase200 },
  header: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3, verticalAlign: "bottom", position: "sticky", top: 0, zIndex: 1 },
  text: { whiteSpace: "normal" },
  // A capped block inside the cell is what bounds a long text column's width: table cells ignore max-width.
  textContent: { display: "block", maxWidth: "220px", overflowWrap: "anywhere", paddingTop: "3px", paddingBottom: "3px" },
  number: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  headerButton: { whiteSpace: "normal", maxWidth: "120px" },
  numberHeaderButton: { justifyContent: "flex-end", textAlign: "right" },
  missing: { color: tokens.colorNeutralForeground3 },
  stated: { fontStyle: "italic" },
  cellContent: { paddingTop: "3px", paddingBottom: "3px" },
});

function ValueCell({ cell, column }: { cell: FigureCell; column: FigureColumn }): React.ReactElement {
  const styles = useStyles();
  const numeric = isNumericFormat(column.format) || typeof cell.value === "number";
  return (
    <TableCell
      className={mergeClasses(numeric ? styles.number : styles.text, cell.value === null && styles.missing, cell.status === "stated" && styles.stated)}
      title={cellTitle(cell)}
    >
      <span className={numeric ? styles.cellContent : styles.textContent}>{hedgeMark(cell)}{formatValue(cell.value, column.format)}</span>
    </TableCell>
  );
}

export function FigureTable({ figure }: { figure: Figure }): React.ReactElement {
  const styles = useStyles();
  return (
    <div className={styles.scroller} role="region" aria-label={`Table: ${figure.title}`} tabIndex={0}>
      <Table size="extra-small" className={styles.table} data-figure-table={figure.id}>
        <TableHeader>
          <TableRow>
            {figure.columns.map((c) => (
              <TableHeaderCell key={c.key} className={styles.header} button={{ className: mergeClasses(styles.headerButton, isNumericFormat(c.format) && styles.numberHeaderButton) }}>{c.header}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {figure.rows.map((row, i) => (
            <TableRow key={i}>
              {figure.columns.map((c, j) => <ValueCell key={c.key} cell={row[j] ?? { value: null }} column={c} />)}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
