import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../i18n/i18n";
import type { ChartData } from "./chart-data";
import { useSeriesColour } from "./palette";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: "12px",
    rowGap: "2px",
    listStyleType: "none",
    margin: 0,
    padding: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  item: { display: "flex", alignItems: "center", columnGap: "4px" },
  square: { width: "10px", height: "10px", flexShrink: 0 },
  line: { width: "14px", height: "3px", flexShrink: 0, borderRadius: "1px" },
  bound: { color: tokens.colorNeutralForeground2, flexShrink: 0 },
});

interface Entry {
  name: string;
  colour: string;
  mark: "square" | "line";
}

export function ChartLegend({ data }: { data: ChartData }): React.ReactElement | null {
  const styles = useStyles();
  const t = useT();
  const colour = useSeriesColour();
  // One series is named by the chart's title and axis already.
  const entries: Entry[] =
    data.series.length < 2
      ? []
      : data.series.map((s, i) => ({
          name: `${s.name}${s.axis === "secondary" ? t("chart.rightAxis") : ""}`,
          colour: colour(i),
          mark: s.mark === "line" ? "line" : "square",
        }));
  const bounds = data.lowerBounds.some(Boolean);
  if (entries.length === 0 && !bounds) return null;
  return (
    <ul className={styles.list} aria-label={t("chart.legend")}>
      {entries.map((e) => (
        <li key={e.name} className={styles.item}>
          <span
            className={e.mark === "line" ? styles.line : styles.square}
            style={{ backgroundColor: e.colour }}
            aria-hidden="true"
          />
          {e.name}
        </li>
      ))}
      {bounds && (
        <li className={styles.item} data-legend-lower-bound>
          <span className={styles.bound} aria-hidden="true">
            ▸
          </span>
          {t("chart.lowerBound")}
        </li>
      )}
    </ul>
  );
}
