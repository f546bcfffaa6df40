import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ChartData } from "./chart-data";

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", columnGap: "12px", rowGap: "2px", listStyleType: "none", margin: 0, padding: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  item: { display: "flex", alignItems: "center", columnGap: "4px" },
  square: { width: "10px", height: "10px", flexShrink: 0 },
  line: { width: "14px", height: "3px", flexShrink: 0, borderRadius: "1px" },
});

export function ChartLegend({ data }: { data: ChartData }): React.ReactElement | null {
  const styles = useStyles();
  // One series is named by the chart's title and axis already.
  if (data.series.length < 2) return null;
  return (
    <ul className={styles.list} aria-label="Legend">
      {data.series.map((s) => (
        <li key={s.key} className={styles.item}>
          <span className={s.mark === "line" ? styles.line : styles.square} style={{ backgroundColor: s.colour }} aria-hidden="true" />
          {s.name}{s.axis === "secondary" ? " (right axis)" : ""}
        </li>
      ))}
    </ul>
  );
}
