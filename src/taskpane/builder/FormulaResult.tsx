import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useT, type MessageKey } from "../i18n/i18n";
import { useCoreText } from "../i18n/core-text";
import { isDomainError } from "../../core/errors";
import type { Matrix, MatrixCell } from "../../core/matrix";
import { ScrollRegion } from "../table/ScrollRegion";
import { useTableStyles } from "../table/table-styles";
import { dependsOnCells, type DependsOnCells, type FormulaValue } from "./formula";
import { ERROR_TEXT, spillErrors } from "./spill-errors";

const useStyles = makeStyles({
  scalar: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
    overflowWrap: "anywhere",
  },
  percent: { color: tokens.colorNeutralForeground2, marginLeft: tokens.spacingHorizontalS },
  head: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
  more: { color: tokens.colorNeutralForeground2 },
  errors: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

const MAX_ROWS = 40;

const DEPENDS_TITLE: Record<DependsOnCells["state"], MessageKey> = {
  excel: "result.inExcel",
  reading: "result.reading",
  cell: "result.notYet",
};
const MAX_ERRORS = 4;

/** Numbers as Excel's General format shows them: up to ten significant digits, no trailing zeros. */
export const general = (n: number): string => String(Number(n.toPrecision(10)));

function cellText(cell: MatrixCell): string {
  if (isDomainError(cell)) return ERROR_TEXT[cell.error];
  if (typeof cell === "number") return general(cell);
  return typeof cell === "boolean" ? (cell ? "TRUE" : "FALSE") : cell;
}

/** What the errors in a spilled result mean, beside the table rather than in tooltips. */
function SpillErrorList({ matrix }: { matrix: Matrix }): React.ReactElement | null {
  const styles = useStyles();
  const tr = useT();
  const coreText = useCoreText();
  const errors = spillErrors(matrix);
  if (errors.length === 0) return null;
  return (
    <div data-spill-errors={errors.length}>
      <Text size={200} weight="semibold">
        {errors.length === 1 ? tr("result.errors.one") : tr("result.errors.other", { n: errors.length })}
      </Text>
      <ul className={styles.errors}>
        {errors.slice(0, MAX_ERRORS).map((e, i) => (
          <li key={i}>
            {e.where}: {e.code} — {coreText(e.message)}
          </li>
        ))}
        {errors.length > MAX_ERRORS && <li>{tr("result.moreErrors", { n: errors.length - MAX_ERRORS })}</li>}
      </ul>
    </div>
  );
}

/** A spilled result in the layout Excel spills it, its first column kept in view. */
function SpillTable({ matrix }: { matrix: Matrix }): React.ReactElement {
  const styles = useStyles();
  const t = useTableStyles();
  const tr = useT();
  const rows = matrix.slice(0, MAX_ROWS);
  const hasHeader = matrix.length > 1 && matrix[0].every((c) => typeof c === "string");
  return (
    <>
      <ScrollRegion label={tr("result.spilled")} maxHeight="320px" focusable>
        <Table size="extra-small" className={t.table} data-spill-rows={matrix.length}>
          <TableBody>
            {rows.map((row, i) => (
              <TableRow key={i} className={i === 0 && hasHeader ? styles.head : undefined}>
                {row.map((cell, j) => (
                  <TableCell
                    key={j}
                    className={mergeClasses(
                      t.cell,
                      isDomainError(cell) ? styles.error : typeof cell === "number" ? t.number : t.text,
                      j === 0 && t.sticky,
                      j === 0 && i === 0 && hasHeader && t.stickyHeader,
                    )}
                  >
                    {typeof cell === "string" ? (
                      <span className={i === 0 && hasHeader ? t.headerText : j === 0 ? t.labelContent : t.textContent}>
                        {cell}
                      </span>
                    ) : (
                      cellText(cell)
                    )}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
      {matrix.length > MAX_ROWS && (
        <Text size={200} className={styles.more}>
          {tr("result.showing", { shown: MAX_ROWS, n: matrix.length })}
        </Text>
      )}
      <SpillErrorList matrix={matrix} />
    </>
  );
}

export function FormulaResult({ value, fraction }: { value: FormulaValue; fraction: boolean }): React.ReactElement {
  const styles = useStyles();
  const tr = useT();
  const coreText = useCoreText();
  if (dependsOnCells(value)) {
    return (
      <MessageBar
        intent={value.state === "cell" ? "warning" : "info"}
        layout="multiline"
        data-formula-depends={value.dependsOn.join(",")}
        data-formula-depends-state={value.state}
      >
        <MessageBarBody>
          <MessageBarTitle>{tr(DEPENDS_TITLE[value.state])}</MessageBarTitle>
          {value.why}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (isDomainError(value)) {
    return (
      <MessageBar
        intent={value.error === "NA" ? "warning" : "error"}
        layout="multiline"
        data-formula-error={ERROR_TEXT[value.error]}
      >
        <MessageBarBody>
          <MessageBarTitle>{ERROR_TEXT[value.error]}</MessageBarTitle>
          {coreText(value.message)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (Array.isArray(value)) return <SpillTable matrix={value} />;
  return (
    <div>
      <Text className={styles.scalar} data-formula-value={String(value)}>
        {typeof value === "number" ? general(value) : value}
      </Text>
      {fraction && typeof value === "number" && <Text className={styles.percent}>({(value * 100).toFixed(1)} %)</Text>}
    </div>
  );
}
