import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, Table, TableBody, TableCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import { isDomainError, type DomainError } from "../../core/errors";
import type { Matrix, MatrixCell } from "../../core/matrix";
import type { FormulaValue } from "./formula";

const useStyles = makeStyles({
  scalar: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums", overflowWrap: "anywhere" },
  percent: { color: tokens.colorNeutralForeground2, marginLeft: tokens.spacingHorizontalS },
  scroller: {
    overflow: "auto", maxHeight: "320px", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: { width: "max-content", minWidth: "100%", tableLayout: "auto", fontSize: tokens.fontSizeBase200 },
  head: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  text: { whiteSpace: "normal" },
  // Table cells ignore max-width; a capped block inside bounds a long text column.
  textContent: { display: "block", maxWidth: "220px", overflowWrap: "anywhere" },
  error: { color: tokens.colorNeutralForeground3 },
  more: { color: tokens.colorNeutralForeground2 },
});

const ERROR_TEXT: Record<DomainError["error"], string> = { NA: "#N/A", VALUE: "#VALUE!" };
const MAX_ROWS = 40;

/** Numbers as Excel's General format shows them: up to ten significant digits, no trailing zeros. */
export const general = (n: number): string => String(Number(n.toPrecision(10)));

function cellText(cell: MatrixCell): string {
  if (isDomainError(cell)) return ERROR_TEXT[cell.error];
  if (typeof cell === "number") return general(cell);
  return typeof cell === "boolean" ? (cell ? "TRUE" : "FALSE") : cell;
}

function SpillTable({ matrix }: { matrix: Matrix }): React.ReactElement {
  const styles = useStyles();
  const rows = matrix.slice(0, MAX_ROWS);
  const hasHeader = matrix.length > 1 && matrix[0].every((c) => typeof c === "string");
  return (
    <>
      <div className={styles.scroller} role="region" aria-label="Spilled result" tabIndex={0}>
        <Table size="extra-small" className={styles.table} data-spill-rows={matrix.length}>
          <TableBody>
            {rows.map((row, i) => (
              <TableRow key={i} className={i === 0 && hasHeader ? styles.head : undefined}>
                {row.map((cell, j) => (
                  <TableCell
                    key={j}
                    className={isDomainError(cell) ? styles.error : typeof cell === "number" ? styles.number : styles.text}
                    title={isDomainError(cell) ? cell.message : undefined}
                  >
                    {typeof cell === "string" ? <span className={styles.textContent}>{cell}</span> : cellText(cell)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {matrix.length > MAX_ROWS && <Text size={200} className={styles.more}>Showing {MAX_ROWS} of {matrix.length} rows; Excel shows them all.</Text>}
    </>
  );
}

export function FormulaResult({ value, fraction }: { value: FormulaValue; fraction: boolean }): React.ReactElement {
  const styles = useStyles();
  if (isDomainError(value)) {
    return (
      <MessageBar intent={value.error === "NA" ? "warning" : "error"} layout="multiline" data-formula-error={ERROR_TEXT[value.error]}>
        <MessageBarBody>
          <MessageBarTitle>{ERROR_TEXT[value.error]}</MessageBarTitle>
          {value.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (Array.isArray(value)) return <SpillTable matrix={value} />;
  return (
    <div>
      <Text className={styles.scalar} data-formula-value={String(value)}>{typeof value === "number" ? general(value) : value}</Text>
      {fraction && typeof value === "number" && <Text className={styles.percent}>({(value * 100).toFixed(1)} %)</Text>}
    </div>
  );
}
