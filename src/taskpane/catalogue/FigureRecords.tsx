import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Figure } from "../../core/report/figures/figure-types";
import { useT, type Translate } from "../i18n/i18n";
import { statusText as statusWords } from "./cell-title";
import { ScrollRegion } from "../table/ScrollRegion";
import type { FigureRecord } from "./figure-records";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  title: {
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  value: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  valueLabel: { color: tokens.colorNeutralForeground2 },
  details: { color: tokens.colorNeutralForeground2 },
  formula: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  source: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

const statusText = (status: NonNullable<FigureRecord["status"]>, t: Translate): string =>
  statusWords(status, t).replace(/^./, (ch) => ch.toUpperCase());

/** Headline figures and projects as short records: what, the number as stated, when, and where it comes from. */
export function FigureRecords({ figure, records }: { figure: Figure; records: FigureRecord[] }): React.ReactElement {
  const styles = useStyles();
  const t = useT();
  return (
    <ScrollRegion label={t("records.list", { title: figure.title })} maxHeight="60vh" focusable>
      <ul className={styles.list} data-figure-records={figure.id}>
        {records.map((r, i) => (
          <li key={i} className={styles.item} data-record>
            <h3 className={styles.title}>{r.title}</h3>
            {r.value !== undefined && (
              <span>
                {r.valueLabel && <span className={styles.valueLabel}>{r.valueLabel}: </span>}
                <span className={styles.value} data-record-value>
                  {r.value}
                </span>
              </span>
            )}
            <span className={styles.details}>
              {[...r.details, ...(r.status ? [statusText(r.status, t)] : [])].join(" · ")}
            </span>
            {r.formula && <code className={styles.formula}>{r.formula}</code>}
            {r.source && <span className={styles.source}>{r.source}</span>}
          </li>
        ))}
      </ul>
    </ScrollRegion>
  );
}
