import * as React from "react";
import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
  useArrowNavigationGroup,
} from "@fluentui/react-components";
import type { Figure, FigureCell } from "../../core/report/figures/figure-types";
import { formatCell, formatValue, isNumericFormat } from "../format/number-format";
import { useT } from "../i18n/i18n";
import { hedgeMark, valueStatus } from "./cell-title";
import { ScrollRegion } from "../table/ScrollRegion";
import { useTableStyles } from "../table/table-styles";
import { previewColumns } from "./preview-columns";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  value: {
    cursor: "pointer",
    ":focus": { outline: "none" },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  chosen: { backgroundColor: tokens.colorBrandBackground2 },
  details: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
  },
  formula: { fontFamily: tokens.fontFamilyMonospace },
  hint: { color: tokens.colorNeutralForeground2 },
});

interface Spot {
  row: number;
  col: number;
}

function CellDetails({
  figure,
  spot,
  label,
}: {
  figure: Figure;
  spot: Spot | undefined;
  label: number;
}): React.ReactElement {
  const styles = useStyles();
  const tr = useT();
  const statuses = [
    ...new Set(
      figure.rows
        .flat()
        .map((c) => c.status)
        .filter((s): s is NonNullable<FigureCell["status"]> => s !== undefined),
    ),
  ];
  if (!spot) {
    return (
      <p className={styles.details} aria-live="polite" data-cell-details="">
        <span className={styles.hint}>{tr("table.selectHint")}</span>
        {statuses.includes("stated") && (
          <>
            {" "}
            {tr("table.statedBefore")} <em>{tr("table.italics")}</em> {tr("table.statedAfter")}
          </>
        )}
      </p>
    );
  }
  const cell = figure.rows[spot.row]?.[spot.col] ?? { value: null };
  const column = figure.columns[spot.col];
  const rowName = formatValue(figure.rows[spot.row]?.[label]?.value ?? null, figure.columns[label].format);
  return (
    <p className={styles.details} aria-live="polite" data-cell-details={`${spot.row},${spot.col}`}>
      <strong>
        {rowName} · {column.header}: {hedgeMark(cell)}
        {formatCell(cell, column.format)}
      </strong>
      {valueStatus(cell, tr) && <> — {valueStatus(cell, tr)}.</>}
      {cell.value === null && <> {tr("table.noData")}</>}
      {cell.formula ? (
        <>
          {" "}
          {tr("table.liveFormula")}{" "}
          <code className={styles.formula} data-cell-formula>
            {cell.formula}
          </code>
        </>
      ) : (
        <> {tr("table.asValue")}</>
      )}
    </p>
  );
}

/** The figure's table, numbers first; choosing a number shows where it comes from and how it is computed. */
export function FigureTable({ figure }: { figure: Figure }): React.ReactElement {
  const styles = useStyles();
  const t = useTableStyles();
  const tr = useT();
  const layout = React.useMemo(() => previewColumns(figure), [figure]);
  const order = [layout.label, ...layout.rest];
  const [spot, setSpot] = React.useState<Spot | undefined>();
  const arrows = useArrowNavigationGroup({ axis: "grid-linear", memorizeCurrent: true });
  const numeric = (col: number): boolean => isNumericFormat(figure.columns[col].format);
  return (
    <div className={styles.root}>
      <ScrollRegion label={tr("table.label", { title: figure.title })} maxHeight="440px" focusable={false}>
        <Table
          size="extra-small"
          className={t.table}
          data-figure-table={figure.id}
          data-column-order={order.map((c) => figure.columns[c].key).join(",")}
          {...arrows}
        >
          <TableHeader>
            <TableRow>
              {order.map((c) => (
                <TableHeaderCell
                  key={figure.columns[c].key}
                  className={mergeClasses(
                    t.header,
                    t.cell,
                    c === layout.label && t.sticky,
                    c === layout.label && t.stickyHeader,
                  )}
                  button={{ className: numeric(c) ? t.numberHeader : undefined }}
                  aria-sort={c === layout.rankedBy ? "descending" : undefined}
                >
                  <span className={t.headerText}>
                    {figure.columns[c].header}
                    {c === layout.rankedBy && <span aria-hidden="true"> ▼</span>}
                  </span>
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {figure.rows.map((row, r) => (
              <TableRow key={r}>
                {order.map((c) => {
                  const cell = row[c] ?? { value: null };
                  const isNumber = numeric(c) || typeof cell.value === "number";
                  const isLabel = c === layout.label;
                  const inspectable = !isLabel && (isNumber || cell.formula !== undefined);
                  const chosen = spot?.row === r && spot.col === c;
                  return (
                    <TableCell
                      key={figure.columns[c].key}
                      className={mergeClasses(
                        t.cell,
                        isNumber ? t.number : t.text,
                        isLabel && t.sticky,
                        cell.value === null && t.missing,
                        cell.status === "stated" && t.stated,
                        inspectable && styles.value,
                        chosen && styles.chosen,
                      )}
                      tabIndex={inspectable ? 0 : undefined}
                      onFocus={inspectable ? () => setSpot({ row: r, col: c }) : undefined}
                      onClick={inspectable ? () => setSpot({ row: r, col: c }) : undefined}
                    >
                      <span className={isNumber ? undefined : isLabel ? t.labelContent : t.textContent}>
                        {hedgeMark(cell)}
                        {formatCell(cell, figure.columns[c].format)}
                      </span>
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
      {layout.rankedBy !== undefined && (
        <Caption1 className={styles.hint}>
          {tr("table.rankedBy", { column: figure.columns[layout.rankedBy].header })}
        </Caption1>
      )}
      <CellDetails figure={figure} spot={spot} label={layout.label} />
    </div>
  );
}
